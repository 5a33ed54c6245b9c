import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentChangeEvent } from '../events/commitment-change-event.js';
import { createLedgerClient, type LedgerClient } from '../rest/ledger-client.js';
import { RECORDER_TOKEN, startTestLedger, type TestLedger } from '../testing/ledger-app.js';
import { pledge, reversal } from '../testing/sample-events.js';
import { ResyncRequired, subscribeSse, type ResyncNotice } from './sse-subscription.js';

let ledger: TestLedger;
let client: LedgerClient;

beforeAll(async () => {
  ledger = await startTestLedger({ LEDGER_SSE_HEARTBEAT_MS: '100' });
  client = createLedgerClient({ baseUrl: ledger.url, token: RECORDER_TOKEN });
  await client.appendBatch([pledge('BR', '2020-11-10'), pledge('PL', '2020-10-22')]);
});
afterAll(() => ledger.stop());

function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out waiting'));
      else setTimeout(check, 10);
    };
    check();
  });
}

describe('subscribeSse', () => {
  it('delivers backlog then live changes as CloudEvents, and resumes from the stored cursor', async () => {
    const seen: CommitmentChangeEvent[] = [];
    let cursor: string | undefined;
    const first = subscribeSse({
      baseUrl: ledger.url,
      handler: (event) => void seen.push(event),
      onCursor: (id) => void (cursor = id),
    });
    await until(() => seen.length === 2);
    await client.append(reversal('BR', '2021-01-29'));
    await until(() => seen.length === 3);
    await first.stop();
    expect(seen.map((event) => event.data.causeEventId)).toEqual([
      'pledge-BR',
      'pledge-PL',
      'reversal-BR',
    ]);
    expect(seen.every((event) => /^\d+\.\d+\.[0-9a-f]{16}$/.test(event.id))).toBe(true);
    expect(cursor).toBe(seen[2]!.id);
    expect(seen[2]).toMatchObject({
      type: 'org.cleannet.commitment-change.v1',
      subject: 'BR',
      data: { causeEventId: 'reversal-BR', regression: true },
    });

    await client.append(pledge('SE', '2020-05-20'));
    const resumed: string[] = [];
    const second = subscribeSse({
      baseUrl: ledger.url,
      lastEventId: cursor!,
      handler: (event) => void resumed.push(event.data.causeEventId),
    });
    await until(() => resumed.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await second.stop();
    expect(resumed).toEqual(['pledge-SE']);
  });

  it('filters regressions only, and reports a change the handler keeps failing on', async () => {
    const failed: string[] = [];
    const attempts: number[] = [];
    const subscription = subscribeSse({
      baseUrl: ledger.url,
      filter: { regressionsOnly: true },
      retry: { attempts: 2, backoff: { initialMs: 5, maxMs: 10 } },
      onDeadLetter: (event) => failed.push(event.data.causeEventId),
      handler: (_event, context) => {
        attempts.push(context.attempt);
        throw new Error('downstream refused');
      },
    });
    await until(() => failed.length === 1);
    await subscription.stop();
    expect(failed).toEqual(['reversal-BR']);
    expect(attempts).toEqual([1, 2]);
  });

  it('reconnects after a dropped connection without losing a change', async () => {
    const seen: string[] = [];
    const disconnects: unknown[] = [];
    const subscription = subscribeSse({
      baseUrl: ledger.url,
      idleTimeoutMs: 300,
      reconnect: { initialMs: 10, maxMs: 50 },
      onDisconnect: (error) => disconnects.push(error),
      handler: async (event) => {
        seen.push(event.data.causeEventId);
        // A handler slower than the idle timeout makes the stream look dead mid-stream.
        if (seen.length === 2) await new Promise((resolve) => setTimeout(resolve, 400));
      },
    });
    await until(() => seen.includes('pledge-SE'));
    await subscription.stop();
    expect(disconnects.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['pledge-BR', 'pledge-PL', 'reversal-BR', 'pledge-SE']));
  });

  describe('when the service cannot resume after the stored cursor', () => {
    // The place of the first change, with another history's digest: a cursor from before a repair.
    const foreignCursor = async () => {
      const first = await new Promise<string>((resolve) => {
        const probe = subscribeSse({
          baseUrl: ledger.url,
          handler: (event) => {
            resolve(event.id);
            void probe.stop();
          },
        });
      });
      return first.replace(/[0-9a-f]{16}$/, '0123456789abcdef');
    };

    it('tells onResync, then delivers every change again from the first', async () => {
      const notices: ResyncNotice[] = [];
      const seen: string[] = [];
      const lastEventId = await foreignCursor();
      const subscription = subscribeSse({
        baseUrl: ledger.url,
        lastEventId,
        onResync: (notice) => void notices.push(notice),
        handler: (event) => void seen.push(event.data.causeEventId),
      });
      await until(() => seen.length === 4);
      await subscription.stop();
      expect(notices).toEqual([expect.objectContaining({ reason: 'unknown-change', lastEventId })]);
      expect(seen).toEqual(['pledge-BR', 'pledge-PL', 'reversal-BR', 'pledge-SE']);
    });

    it('ends with ResyncRequired when nobody handles a resync', async () => {
      const handled: string[] = [];
      const subscription = subscribeSse({
        baseUrl: ledger.url,
        lastEventId: await foreignCursor(),
        handler: (event) => void handled.push(event.id),
      });
      await expect(subscription.closed).rejects.toBeInstanceOf(ResyncRequired);
      expect(handled).toEqual([]);
    });
  });

  it('ends with a ProblemError when the service refuses the request', async () => {
    const subscription = subscribeSse({
      baseUrl: ledger.url,
      filter: { actors: ['not an actor id at all, far too long'.repeat(10)] },
      handler: () => {},
    });
    await expect(subscription.closed).rejects.toMatchObject({ status: 400 });
  });
});
