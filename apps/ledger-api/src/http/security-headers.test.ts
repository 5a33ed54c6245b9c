import { ServerResponse, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

function response(): ServerResponse {
  const request = new IncomingMessage(new Socket());
  const res = new ServerResponse(request);
  res.setHeader('X-Powered-By', 'Express');
  return res;
}

describe('precomputed security headers', () => {
  it('write exactly the headers helmet writes, and remove X-Powered-By', async () => {
    const byHelmet = response();
    await new Promise<void>((resolve) =>
      helmet()({} as IncomingMessage, byHelmet, () => resolve()),
    );
    const replayed = response();
    let nextCalled = false;
    securityHeaders()({} as IncomingMessage, replayed, () => {
      nextCalled = true;
    });
    expect(nextCalled).toBe(true);
    expect(replayed.getHeaders()).toEqual(byHelmet.getHeaders());
    expect(replayed.getHeader('x-powered-by')).toBeUndefined();
    expect(String(replayed.getHeader('content-security-policy'))).toContain("default-src 'self'");
  });
});
