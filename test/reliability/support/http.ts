import { RECORDER_TOKEN } from './ledger-service.js';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  readonly ms: number;
}

/** One request with a deadline; global fetch keeps connections alive between calls. */
export async function request(
  url: string,
  init: RequestInit & { timeoutMs?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  const { timeoutMs = 30_000, ...rest } = init;
  const response = await fetch(url, { ...rest, signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body,
    ms: performance.now() - started,
  };
}

/** POST /v1/events (or another write route) as the recorder. */
export function postJson(
  baseUrl: string,
  path: string,
  payload: unknown,
  token: string | undefined = RECORDER_TOKEN,
  timeoutMs = 30_000,
): Promise<Answer> {
  return request(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(payload),
    timeoutMs,
  });
}

export async function getJson<T>(baseUrl: string, path: string, token?: string): Promise<T> {
  const answer = await request(`${baseUrl}${path}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body}`);
  return JSON.parse(answer.body) as T;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function isProblem(answer: Answer): boolean {
  if (!(answer.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
    return false;
  }
  const problem = JSON.parse(answer.body) as { status?: unknown; type?: unknown };
  return problem.status === answer.status && typeof problem.type === 'string';
}
