import { Agent, request as httpRequest } from 'node:http';

export interface LightAnswer {
  readonly status: number;
  readonly ms: number;
  /** The body when the status is not the expected one (for the error report), else ''. */
  readonly body: string;
}

/**
 * The soak's HTTP client: node:http over a bounded pool of keep-alive
 * sockets. The soak must generate several hundred requests a second on the
 * same 2 cores as the service; fetch costs several times more CPU per
 * request (streams, AbortSignal timers, Headers objects), which starved the
 * service it was measuring. Bodies of expected answers are drained, not kept.
 */
export function createLightClient(baseUrl: string, maxSockets: number) {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  const send = (
    method: 'GET' | 'POST',
    path: string,
    expected: number,
    options: { body?: string; headers?: Record<string, string>; timeoutMs: number },
  ): Promise<LightAnswer> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const headers: Record<string, string | number> = { ...options.headers };
      if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
      const outgoing = httpRequest(
        { agent, host: url.hostname, port: url.port, method, path, headers },
        (response) => {
          const status = response.statusCode ?? 0;
          const keep = status !== expected;
          const chunks: Buffer[] = [];
          if (keep) response.on('data', (chunk: Buffer) => chunks.push(chunk));
          else response.resume();
          response.on('end', () =>
            resolve({
              status,
              ms: performance.now() - started,
              body: keep ? Buffer.concat(chunks).toString('utf8') : '',
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.setTimeout(options.timeoutMs, () =>
        outgoing.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      );
      outgoing.on('error', reject);
      outgoing.end(options.body);
    });
  return {
    get: (path: string, timeoutMs: number) => send('GET', path, 200, { timeoutMs }),
    postJson: (path: string, payload: unknown, token: string, timeoutMs: number) =>
      send('POST', path, 201, {
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        timeoutMs,
      }),
    close: () => agent.destroy(),
  };
}
