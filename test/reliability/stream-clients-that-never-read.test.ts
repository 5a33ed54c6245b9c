import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changesOf,
  neverReadingClient,
  readChangeStream,
  recordPledges,
} from './support/change-stream.js';
import { request } from './support/http.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { tempDir } from './support/temp-dir.js';

/**
 * Clients that open the change stream and never read: each costs the service
 * a bounded page, not the backlog; one that stays full past the stall timeout
 * is closed; beyond the cap a new stream gets 503. (At 1,000 clients on
 * 20,000 changes: test/bench/sse-clients.bench.ts.)
 */

const CLIENTS = 20;
const STALL_TIMEOUT_MS = 4_000;
const dir = tempDir('never-read');
let service: LedgerService;
let changes: number;
const sockets: Socket[] = [];

const openStreams = async () => {
  const metrics = (await request(`${service.url}/metrics`)).body;
  return Number(/^ledger_sse_clients (\d+)/m.exec(metrics)?.[1]);
};

beforeAll(async () => {
  service = await LedgerService.start({
    env: {
      LEDGER_DATA_DIR: dir.path,
      LEDGER_TOKENS: TOKENS,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_READ_WORKER: 'false',
      LEDGER_SSE_MAX_STREAMS: String(CLIENTS),
      LEDGER_SSE_MAX_STREAMS_PER_CLIENT: String(CLIENTS),
      LEDGER_SSE_STALL_TIMEOUT_MS: String(STALL_TIMEOUT_MS),
    },
  });
  // About 8 MB of backlog: more than a socket's kernel buffers take (4 MiB on Linux by default),
  // so the rest has to wait in the service.
  await recordPledges(service.url, 6_000, { prefix: 'never-read', padding: 1_000 });
  changes = 6_000;
  // One full read first: what every stream shares (each change's text) is made once, here.
  const all = await readChangeStream(service.url, {
    until: (messages) => changesOf(messages).length >= changes,
  });
  expect(changesOf(all)).toHaveLength(changes);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await service?.stop();
  dir.remove();
});

describe('clients that open the change stream and never read', () => {
  it('cost the service a bounded page each, not the backlog', async () => {
    const before = service.rssBytes();
    for (let n = 0; n < CLIENTS; n += 1) sockets.push(await neverReadingClient(service.port));
    // Long enough for every stream to fill its socket and stop.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await openStreams()).toBe(CLIENTS);
    const perClient = (service.rssBytes() - before) / CLIENTS;
    // Writing the whole backlog at once held about 10 MB per client here.
    expect(perClient).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('refuse a stream beyond LEDGER_SSE_MAX_STREAMS with 503 and Retry-After', async () => {
    const refused = await request(`${service.url}/v1/changes/stream`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('are closed once they have taken nothing for LEDGER_SSE_STALL_TIMEOUT_MS', async () => {
    await new Promise((resolve) => setTimeout(resolve, STALL_TIMEOUT_MS + 1_000));
    expect(await openStreams()).toBe(0);
    // Their places are free again, and a reader gets every change.
    const all = await readChangeStream(service.url, {
      until: (messages) => changesOf(messages).length >= changes,
    });
    expect(changesOf(all)).toHaveLength(changes);
  });
});
