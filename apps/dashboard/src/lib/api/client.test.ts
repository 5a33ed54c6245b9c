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
