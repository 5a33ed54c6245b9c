import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Serves the dashboard's built files when they exist, and its index.html for
 * any other GET that is not an API path, so client-side routes survive a
 * reload. Returns no handlers when the dashboard has not been built.
 */
export function dashboardHandlers(distDir: string) {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return [];
  const serveFile = express.static(distDir, { index: 'index.html', fallthrough: true });
  // API paths never name a dashboard file: skip the file lookup (a stat per request) for them.
  const files = (request: Request, response: Response, next: NextFunction) =>
    isApiPath(request.path) ? next() : serveFile(request, response, next);
  const spaFallback = (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (isApiPath(request.path)) return next();
    if (!request.accepts('html')) return next();
    response.sendFile(indexFile);
  };
  return [files, spaFallback];
}
