import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * Compresses answers (JSON, CSV, the dashboard's index.html) for clients
 * that accept brotli or gzip: a year of trends is 294 KB as JSON and a
 * tenth of that compressed. Change streams are left alone: a compressor
 * holds bytes back until it has enough, and a live event must leave at
 * once. Assets the dashboard's build already compressed carry their
 * Content-Encoding and are passed through untouched.
 */
export function compressResponses() {
  return compression({
    filter: (request: Request, response: Response) => {
      const type = String(response.getHeader('Content-Type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(request, response);
    },
  });
}
