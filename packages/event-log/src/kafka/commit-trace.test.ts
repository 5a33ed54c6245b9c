import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Producer } from 'kafkajs';
import { afterEach, describe, expect, it } from 'vitest';
import { commitTraceFromEnv, type TracedTransaction } from './commit-trace.js';

/** Just enough of a producer for `watch`: it emits kafkajs's request event. */
function fakeProducer() {
  let listener: ((event: { payload: { apiName: string; duration: number } }) => void) | undefined;
  const producer = {
    events: { REQUEST: 'producer.network.request' },
    on(_event: string, handler: typeof listener) {
      listener = handler;
    },
  } as unknown as Producer;
  return {
    producer,
    request: (apiName: string, duration: number) => listener?.({ payload: { apiName, duration } }),
  };
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the commit trace', () => {
  it('records nothing and asks for nothing when off', () => {
    const trace = commitTraceFromEnv('');
    let asked = false;
    expect(
      trace.begin(() => {
        asked = true;
        return ['a'];
      }),
    ).toBeUndefined();
    expect(asked).toBe(false);
    expect(() => trace.flush()).not.toThrow();
  });

  it('writes each transaction with its phases and its requests when the writer closes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'commit-trace-'));
    const file = join(dir, 'trace.jsonl');
    const trace = commitTraceFromEnv(file);
    const { producer, request } = fakeProducer();
    trace.watch(producer);

    request('InitProducerId', 3); // outside any transaction: not counted
    const first = trace.begin(() => ['e1', 'e2'])!;
    request('AddPartitionsToTxn', 0);
    request('AddPartitionsToTxn', 1);
    request('Produce', 2);
    first.sent();
    request('EndTxn', 1);
    first.committed();
    const second = trace.begin(() => ['e3'])!;
    request('AddPartitionsToTxn', 1);
    second.sent();
    trace.flush();

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const [one, two] = lines.map((line) => JSON.parse(line) as TracedTransaction);
    expect(one).toMatchObject({
      ids: ['e1', 'e2'],
      requests: [
        ['AddPartitionsToTxn', 0],
        ['AddPartitionsToTxn', 1],
        ['Produce', 2],
        ['EndTxn', 1],
      ],
    });
    expect(one!.start).toBeLessThanOrEqual(one!.sent!);
    expect(one!.sent).toBeLessThanOrEqual(one!.committed!);
    expect(Math.abs(one!.start - Date.now())).toBeLessThan(60_000);
    expect(two).toMatchObject({ ids: ['e3'], requests: [['AddPartitionsToTxn', 1]] });
    expect(two!.committed).toBeUndefined();
  });
});
