import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

const apiPrefixes = [
  '/v1',
  '/docs',
  // The API documents: whole paths, as they are not under a prefix of their own.
  '/docs-json',
  '/openapi.json',
  '/asyncapi.yaml',
  '/metrics',
  '/healthz',
  '/readyz',
  '/ops',
  '/problems',
];

function isApiPath(path: string): boolean {
  return apiPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Vite names every file under /assets/ by its content hash: a new build is a new name. */
const hashedAsset = /^\/assets\//;

/** The copies the dashboard's build writes beside each asset, best first. */
const precompressed = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

function cacheControlFor(path: string): string {
  return hashedAsset.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the dashboard's built files when they exist, and its index.html for
 * any other GET that is not an API path, so client-side routes survive a
 * reload. Hashed assets are cached for a year and sent as the build's
 * brotli or gzip copy when the browser accepts it; index.html is revalidated
 * on every visit, so a new build is picked up at once. Returns no handlers
 * when the dashboard has not been built.
 */
export function dashboardHandlers(distDir: string) {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return [];
  const assetsDir = resolve(distDir, 'assets');
  const assetNames = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  const serveFile = express.static(distDir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (response) => {
      response.setHeader('Cache-Control', cacheControlFor(response.req.path));
    },
  });
  // API paths never name a dashboard file: skip the file lookup (a stat per request) for them.
  const files = (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) return next();
    if (!hashedAsset.test(request.path)) return serveFile(request, response, next);
    // The answer depends on Accept-Encoding whichever copy is sent.
    response.setHeader('Vary', 'Accept-Encoding');
    const name = request.path.slice('/assets/'.length);
    const encodings = precompressed.filter((encoding) =>
      assetNames.has(`${name}${encoding.suffix}`),
    );
    const chosen =
      encodings.length > 0 &&
      request.acceptsEncodings(...encodings.map((encoding) => encoding.name));
    const encoding = encodings.find((candidate) => candidate.name === chosen);
    if (encoding === undefined) return serveFile(request, response, next);
    response.type(name);
    response.setHeader('Content-Encoding', encoding.name);
    response.setHeader('Cache-Control', cacheControlFor(request.path));
    response.sendFile(
      join(assetsDir, `${name}${encoding.suffix}`),
      { cacheControl: false },
      (error) => {
        if (error) next(error);
      },
    );
  };
  const spaFallback = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (isApiPath(request.path)) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile, { cacheControl: false });
  };
  return [files, spaFallback];
}
