import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type HeaderWrite = readonly [name: string, value: string | number | readonly string[] | undefined];

/**
 * Helmet's security headers, worked out once. With a fixed configuration
 * (no per-request nonce) helmet writes the same headers on every response,
 * but through eleven middleware calls each; this runs helmet once against a
 * recording response and replays what it wrote.
 */
export function securityHeaders(options?: Parameters<typeof helmet>[0]) {
  const writes: HeaderWrite[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      writes.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      writes.push([name, undefined]);
    },
  };
  let called = false;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error instanceof Error ? error : new Error(String(error));
      called = true;
    },
  );
  if (!called) throw new Error('helmet did not finish synchronously; it cannot be precomputed');
  return (_request: IncomingMessage, response: ServerResponse, next: () => void) => {
    for (const [name, value] of writes) {
      if (value === undefined) response.removeHeader(name);
      else response.setHeader(name, value);
    }
    next();
  };
}
