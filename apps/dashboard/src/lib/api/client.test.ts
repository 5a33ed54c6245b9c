// @vitest-environment node
import { expect, it } from 'vitest';
import { ApiError, createApiClient } from './client.ts';

function countingServer(status = 200) {
  const urls: string[] = [];
  const fetch = (async (url: string) => {
    urls.push(url);
    if (status !== 200) {
      return new Response(JSON.stringify({ title: 'Invalid request', detail: 'asOf: not a day' }), {
        status,
      });
    }
    return new Response(JSON.stringify({ url }), { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

it('asks for a date once and answers again from memory until the ledger changes', async () => {
  const server = countingServer();
  const api = createApiClient(server.fetch);
  await api.membership({ asOf: '2020-11-10' });
  await api.membership({ asOf: '2020-11-10' });
  await api.exposure({ asOf: '2020-11-10', knownAt: '2021-01-31' }, 'vendor:huawei');
  expect(server.urls).toEqual([
    '/v1/membership?asOf=2020-11-10',
    '/v1/exposure?asOf=2020-11-10&knownAt=2021-01-31&vendor=vendor%3Ahuawei',
  ]);
  api.invalidate();
  await api.membership({ asOf: '2020-11-10' });
  expect(server.urls).toHaveLength(3);
});

it('turns a problem document into an ApiError and does not keep the failure', async () => {
  const server = countingServer(400);
  const api = createApiClient(server.fetch);
  const failure = await api.membership({ asOf: 'soon' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ApiError);
  expect((failure as ApiError).message).toBe('Invalid request: asOf: not a day');
  await api.membership({ asOf: 'soon' }).catch(() => undefined);
  expect(server.urls).toHaveLength(2);
});

function answering(body: unknown) {
  const urls: string[] = [];
  const fetch = (async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

it('reads the head of the change stream as the opaque id the service gives', async () => {
  const server = answering({ changes: 110, lastChangeId: '111.0.9f3a' });
  expect(await createApiClient(server.fetch).changesHead()).toBe('111.0.9f3a');
  expect(server.urls).toEqual(['/ops/state']);
  const empty = answering({ changes: 0, lastChangeId: null });
  expect(await createApiClient(empty.fetch).changesHead()).toBeUndefined();
});

it('reads the head from a service that gives only the count of changes', async () => {
  expect(await createApiClient(answering({ changes: 110 }).fetch).changesHead()).toBe('110');
  expect(await createApiClient(answering({ changes: 0 }).fetch).changesHead()).toBeUndefined();
});
