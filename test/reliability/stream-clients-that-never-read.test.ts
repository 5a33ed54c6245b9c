import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  changesOf,
  neverReadingClient,
  readChangeStream,
  recordPledges,
} from './support/change-stream.js';
import { getJson, request } from './support/http.js';
import { LedgerService, TOKENS } from './support/ledger-service.js';
import { tempDir } from './support/temp-dir.js';
import { metricValue } from '../soak/metrics.js';

/**
 * Clients that open the change stream and never read cost the service a
 * bounded amount each, not the backlog: asking for the backlog, each gets one
 * part and its stream ends (it would resume with Last-Event-ID); following
 * live, each is closed once it has taken nothing for the stall timeout; beyond
 * the cap a new stream gets 503. (At 1,000 clients on 20,000 changes:
 * test/bench/sse-clients.bench.ts.)
 */

const CLIENTS = 20;
const STALL_TIMEOUT_MS = 4_000;
/** About 8 MB per batch: more than a socket's kernel buffers take (4 MiB on Linux by default). */
const PLEDGES = 6_000;
const PADDING = 1_000;
const MiB = 1024 * 1024;
const dir = tempDir('never-read');
let service: LedgerService;
let sockets: Socket[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function metric(name: string): Promise<number> {
  return metricValue((await request(`${service.url}/metrics`)).body, name);
}
const openStreams = () => metric('ledger_sse_clients');

async function waitForOpenStreams(count: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let open = await openStreams();
  while (open !== count && Date.now() < deadline) {
    await sleep(100);
    open = await openStreams();
  }
  return open;
}

beforeAll(async () => {
  service = await LedgerService.start({
    env: {
      LEDGER_DATA_DIR: dir.path,
      LEDGER_TOKENS: TOKENS,
      LEDGER_IMPORT_DATASET: 'false',
      LEDGER_SSE_MAX_STREAMS: String(CLIENTS),
      LEDGER_SSE_MAX_STREAMS_PER_CLIENT: String(CLIENTS),
      LEDGER_SSE_STALL_TIMEOUT_MS: String(STALL_TIMEOUT_MS),
    },
  });
  await recordPledges(service.url, PLEDGES, { prefix: 'backlog', padding: PADDING });
  // One full read first: what every stream shares (each change's text) is made once, here.
  const all = await readChangeStream(service.url, {
    until: (messages) => changesOf(messages).length >= PLEDGES,
  });
  expect(changesOf(all)).toHaveLength(PLEDGES);
}, 120_000);

afterEach(() => {
  for (const socket of sockets) socket.destroy();
  sockets = [];
});

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

// Each step records thousands of events: generous on a loaded machine.
describe('clients that open the change stream and never read', { timeout: 120_000 }, () => {
  it('asking for the whole backlog, each is sent one part and its stream ends', async () => {
    const before = service.rssBytes();
    for (let n = 0; n < CLIENTS; n += 1) sockets.push(await neverReadingClient(service.port));

    // Writing the whole backlog at once kept every stream open, holding about 10 MB each.
    expect(await waitForOpenStreams(0, 20_000)).toBe(0);
    await sleep(1_000);
    expect((service.rssBytes() - before) / CLIENTS).toBeLessThan(1.5 * MiB);
  });

  it('following live, each is held a bounded page, others are refused beyond the cap, and stalled ones are closed', async () => {
    const { lastChangeId } = await getJson<{ lastChangeId: string }>(service.url, '/ops/state');
    for (let n = 0; n < CLIENTS; n += 1) {
      sockets.push(await neverReadingClient(service.port, { lastEventId: lastChangeId }));
    }
    expect(await waitForOpenStreams(CLIENTS, 10_000)).toBe(CLIENTS);

    const refused = await request(`${service.url}/v1/changes/stream`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    // When 8 MB of changes arrive, more than their sockets take
    await recordPledges(service.url, PLEDGES, { prefix: 'live', padding: PADDING });
    await sleep(500);
    // Then what the service holds for each is at most a page (64 KiB) and Node's 16 KiB mark
    expect(await openStreams()).toBe(CLIENTS);
    const buffered = await metric('ledger_sse_buffered_bytes');
    expect(buffered / CLIENTS).toBeLessThanOrEqual(64 * 1024 + 16 * 1024 + 2 * 1024);

    // Then, stalled, they are closed after the timeout, and their places are free again
    expect(await waitForOpenStreams(0, STALL_TIMEOUT_MS + 5_000)).toBe(0);
    const resumed = await readChangeStream(service.url, {
      lastEventId: lastChangeId,
      until: (messages) => changesOf(messages).length >= PLEDGES,
    });
    expect(changesOf(resumed)).toHaveLength(PLEDGES);
  });
});
