import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventLog, LogRecord } from '../event-log.js';
import { DuplicateEventMix, LogClosed, VersionConflict } from '../errors.js';

/** A domain-free event: the contract needs only an id and a subject. */
export interface ContractEvent {
  readonly id: string;
  readonly subject: string;
  readonly type: string;
  readonly data: { readonly n: number; readonly note?: string };
}

/**
 * One fresh, empty log per test. `open` may be called again after the
 * previous handle was closed: it must reopen the same stored log.
 */
export interface EventLogFixture {
  open(): Promise<EventLog<ContractEvent>>;
  dispose?(): Promise<void>;
}

/** The behaviour every EventLog adapter promises; each adapter's test file runs it. */
export function describeEventLogContract(
  adapterName: string,
  createFixture: () => Promise<EventLogFixture>,
): void {
  describe(`EventLog contract: ${adapterName}`, () => {
    let fixture: EventLogFixture;
    let log: EventLog<ContractEvent>;
    const openLogs: EventLog<ContractEvent>[] = [];

    async function open(): Promise<EventLog<ContractEvent>> {
      const opened = await fixture.open();
      openLogs.push(opened);
      return opened;
    }

    beforeEach(async () => {
      fixture = await createFixture();
      log = await open();
    });

    afterEach(async () => {
      for (const opened of openLogs.splice(0)) await opened.close();
      await fixture.dispose?.();
    });

    describe('append and read', () => {
      it('stores a batch and reads it back in order, stamped by the log', async () => {
        const events = [event('a1', 'BR'), event('a2', 'GB'), event('a3', 'BR')];
        const before = Date.now();
        const result = await log.append(events);

        expect(result.duplicate).toBe(false);
        expect(result.records.map((r) => r.event)).toEqual(events);
        expectIncreasingPositions(result.records);
        for (const record of result.records) {
          expect(record.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          // Tolerates a broker clock a little apart from ours.
          expect(Date.parse(record.recordedAt)).toBeGreaterThan(before - 60_000);
        }
        expect(await collect(log.read(0))).toEqual(result.records);
        expect(await log.head()).toBeGreaterThan(result.records.at(-1)!.position);
        expect(await log.versionOf('BR')).toBe(2);
        expect(await log.versionOf('GB')).toBe(1);
        expect(await log.versionOf('FR')).toBe(0);
      });

      it('reads from a position, up to a bound, and within a limit', async () => {
        const { records } = await log.append(range(6).map((i) => event(`r${i}`, 'DE', i)));
        const third = records[2]!.position;
        const fifth = records[4]!.position;

        expect(await collect(log.read(third))).toEqual(records.slice(2));
        expect(await collect(log.read(third, { until: fifth }))).toEqual(records.slice(2, 4));
        expect(await collect(log.read(0, { limit: 2 }))).toEqual(records.slice(0, 2));
        expect(await collect(log.read(await log.head()))).toEqual([]);
      });

      it('keeps appends from separate calls in call order', async () => {
        const first = await log.append([event('o1', 'PL')]);
        const second = await log.append([event('o2', 'PL')]);
        expect(second.records[0]!.position).toBeGreaterThan(first.records[0]!.position);
        expect(Date.parse(second.records[0]!.recordedAt)).toBeGreaterThanOrEqual(
          Date.parse(first.records[0]!.recordedAt),
        );
      });

      it('stores what JSON can carry, as a reopened log would read it', async () => {
        const withUndefined = { ...event('j1', 'SE'), data: { n: 1, note: undefined } };
        const { records } = await log.append([withUndefined]);
        expect(records[0]!.event).toEqual({ ...event('j1', 'SE'), data: { n: 1 } });
        expect(Object.hasOwn(records[0]!.event.data, 'note')).toBe(false);
      });

      it('refuses an event without an id or subject', async () => {
        await expect(log.append([{ ...event('x', 'SE'), subject: '' }])).rejects.toThrow(TypeError);
        await expect(log.append([{ ...event('', 'SE') }])).rejects.toThrow(TypeError);
      });
    });

    describe('atomic batches', () => {
      it('appends nothing of a batch whose expected version fails', async () => {
        await log.append([event('v1', 'FR')]);
        const head = await log.head();

        const failing = log.append([event('v2', 'FR'), event('v3', 'IT')], {
          expectedVersions: { FR: 0 },
        });
        await expect(failing).rejects.toMatchObject({
          name: 'VersionConflict',
          subject: 'FR',
          expected: 0,
          actual: 1,
        });
        expect(await log.head()).toBe(head);
        expect((await collect(log.read(0))).map((r) => r.event.id)).toEqual(['v1']);
        expect(await log.versionOf('IT')).toBe(0);
      });

      it('checks the expected version of every named subject', async () => {
        await log.append([event('e1', 'NL'), event('e2', 'BE')]);
        const result = await log.append([event('e3', 'NL')], {
          expectedVersions: { NL: 1, BE: 1, LU: 0 },
        });
        expect(result.records).toHaveLength(1);
        await expect(
          log.append([event('e4', 'NL')], { expectedVersions: { NL: 2, BE: 0 } }),
        ).rejects.toBeInstanceOf(VersionConflict);
      });
    });

    describe('idempotency by event id', () => {
      it('answers a repeated batch with the original records and appends nothing', async () => {
        const batch = [event('i1', 'CZ'), event('i2', 'CZ')];
        const original = await log.append(batch, { expectedVersions: { CZ: 0 } });
        const head = await log.head();

        // A retry carries the same, now stale, expected version: still the original answer.
        const retry = await log.append(batch, { expectedVersions: { CZ: 0 } });
        expect(retry.duplicate).toBe(true);
        expect(retry.records).toEqual(original.records);
        expect(await log.head()).toBe(head);
        expect(await log.versionOf('CZ')).toBe(2);
      });

      it('answers a subset of an earlier batch with those original records', async () => {
        const original = await log.append([event('s1', 'EE'), event('s2', 'EE')]);
        const retry = await log.append([event('s2', 'EE')]);
        expect(retry).toEqual({ records: [original.records[1]], duplicate: true });
      });

      it('refuses a batch mixing appended and new ids, appending nothing', async () => {
        await log.append([event('m1', 'LV')]);
        const head = await log.head();
        const mixed = log.append([event('m1', 'LV'), event('m2', 'LV')]);
        await expect(mixed).rejects.toBeInstanceOf(DuplicateEventMix);
        await expect(mixed).rejects.toMatchObject({ duplicateIds: ['m1'], newIds: ['m2'] });
        expect(await log.head()).toBe(head);
      });

      it('refuses a batch that repeats an id within itself', async () => {
        await expect(log.append([event('d1', 'LT'), event('d1', 'LT')])).rejects.toBeInstanceOf(
          DuplicateEventMix,
        );
        expect(await log.versionOf('LT')).toBe(0);
      });

      it('stores an id once when the same batch races itself', async () => {
        const batch = [event('race', 'RO')];
        const results = await Promise.all(range(5).map(() => log.append(batch)));
        const positions = new Set(results.map((r) => r.records[0]!.position));
        expect(positions.size).toBe(1);
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        expect((await collect(log.read(0))).map((r) => r.event.id)).toEqual(['race']);
      });
    });

    describe('per-subject versions under concurrency', () => {
      it('lets exactly one of many concurrent appends win each version', async () => {
        for (let version = 0; version < 3; version++) {
          const attempts = await Promise.allSettled(
            range(12).map((i) =>
              log.append([event(`c${version}-${i}`, 'HU')], { expectedVersions: { HU: version } }),
            ),
          );
          const won = attempts.filter((a) => a.status === 'fulfilled');
          const lost = attempts.filter((a) => a.status === 'rejected');
          expect(won).toHaveLength(1);
          for (const failure of lost) {
            expect(failure.reason).toBeInstanceOf(VersionConflict);
            expect(failure.reason).toMatchObject({ expected: version, actual: version + 1 });
          }
        }
        expect(await log.versionOf('HU')).toBe(3);
        expect(await collect(log.read(0))).toHaveLength(3);
      });

      it('keeps every unconditional concurrent append, each once', async () => {
        const results = await Promise.all(
          range(30).map((i) => log.append([event(`u${i}`, i % 2 === 0 ? 'AT' : 'SK')])),
        );
        const stored = await collect(log.read(0));
        expect(stored).toHaveLength(30);
        expectIncreasingPositions(stored);
        expect(new Set(stored.map((r) => r.event.id)).size).toBe(30);
        expect(stored).toEqual(
          results.flatMap((r) => r.records).sort((a, b) => a.position - b.position),
        );
      });
    });

    describe('subscribe', () => {
      it('catches up, then delivers live appends without gaps or duplicates', async () => {
        await log.append(range(5).map((i) => event(`p${i}`, 'BG', i)));
        const received: LogRecord<ContractEvent>[] = [];
        const allTen = deferred();
        const subscription = log.subscribe(0, (record) => {
          received.push(record);
          if (received.length === 10) allTen.resolve();
        });
        // Appends racing the catch-up, then after it.
        await log.append([event('p5', 'BG')]);
        await Promise.all(range(4).map((i) => log.append([event(`p${6 + i}`, 'BG')])));
        await allTen.promise;
        await subscription.close();

        expect(received.map((r) => r.event.id).slice(0, 6)).toEqual(range(6).map((i) => `p${i}`));
        expect(new Set(received.map((r) => r.event.id)).size).toBe(10);
        expectIncreasingPositions(received);
        expect(received).toEqual(await collect(log.read(0)));
      });

      it('starts from a given position', async () => {
        const { records } = await log.append(range(4).map((i) => event(`f${i}`, 'HR', i)));
        const received: string[] = [];
        const two = deferred();
        const subscription = log.subscribe(records[2]!.position, (record) => {
          received.push(record.event.id);
          if (received.length === 2) two.resolve();
        });
        await two.promise;
        await subscription.close();
        expect(received).toEqual(['f2', 'f3']);
      });

      it('delivers to a slow handler one record at a time, in order', async () => {
        let running = 0;
        let maxRunning = 0;
        const received: string[] = [];
        const three = deferred();
        const subscription = log.subscribe(await log.head(), async (record) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          received.push(record.event.id);
          running--;
          if (received.length === 3) three.resolve();
        });
        await log.append([event('h1', 'SI'), event('h2', 'SI'), event('h3', 'SI')]);
        await three.promise;
        await subscription.close();
        expect(received).toEqual(['h1', 'h2', 'h3']);
        expect(maxRunning).toBe(1);
      });

      it('stops with the handler error', async () => {
        await log.append([event('b1', 'CY')]);
        const errors: unknown[] = [];
        const subscription = log.subscribe(
          0,
          () => {
            throw new Error('handler failed');
          },
          { onError: (error) => errors.push(error) },
        );
        await expect(subscription.done).rejects.toThrow('handler failed');
        expect(errors).toHaveLength(1);
        await subscription.close();
      });
    });

    describe('transaction time', () => {
      it('maps a timestamp to the end of what the log knew then', async () => {
        const first = await log.append([event('t1', 'PT'), event('t2', 'PT')]);
        const firstAt = first.records[0]!.recordedAt;
        await waitPast(firstAt);
        const second = await log.append([event('t3', 'PT')]);
        const secondAt = second.records[0]!.recordedAt;
        expect(Date.parse(secondAt)).toBeGreaterThan(Date.parse(firstAt));

        const beforeAll = new Date(Date.parse(firstAt) - 1).toISOString();
        expect(await log.positionAt(beforeAll)).toBeLessThanOrEqual(first.records[0]!.position);
        expect(await collect(log.readUntil(beforeAll))).toEqual([]);

        const atFirst = await log.positionAt(firstAt);
        expect(atFirst).toBeGreaterThan(first.records[1]!.position);
        expect(atFirst).toBeLessThanOrEqual(second.records[0]!.position);
        expect(await collect(log.readUntil(firstAt))).toEqual(first.records);
        expect(await collect(log.readUntil(new Date(firstAt)))).toEqual(first.records);

        expect(await collect(log.readUntil(secondAt))).toEqual([
          ...first.records,
          ...second.records,
        ]);
        expect(await collect(log.readUntil(secondAt, first.records[1]!.position))).toEqual([
          first.records[1],
          second.records[0],
        ]);
      });
    });

    describe('lifecycle', () => {
      it('keeps everything across close and reopen', async () => {
        const original = await log.append([event('k1', 'DK'), event('k2', 'FI')]);
        await log.append([event('k3', 'DK')]);
        const stored = await collect(log.read(0));
        await log.close();

        const reopened = await open();
        expect(await collect(reopened.read(0))).toEqual(stored);
        expect(await reopened.versionOf('DK')).toBe(2);
        const retry = await reopened.append([event('k1', 'DK'), event('k2', 'FI')]);
        expect(retry).toEqual({ records: original.records, duplicate: true });
        await expect(
          reopened.append([event('k4', 'DK')], { expectedVersions: { DK: 1 } }),
        ).rejects.toBeInstanceOf(VersionConflict);
        const next = await reopened.append([event('k4', 'DK')], { expectedVersions: { DK: 2 } });
        expect(next.records[0]!.position).toBeGreaterThan(stored.at(-1)!.position);
      });

      it('refuses appends after close and ends subscriptions', async () => {
        const subscription = log.subscribe(0, () => undefined);
        await log.close();
        await expect(subscription.done).resolves.toBeUndefined();
        await expect(log.append([event('z1', 'IE')])).rejects.toBeInstanceOf(LogClosed);
      });
    });
  });
}

export function event(id: string, subject: string, n = 0): ContractEvent {
  return { id, subject, type: 'ContractTested', data: { n } };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function expectIncreasingPositions(records: readonly LogRecord<ContractEvent>[]): void {
  for (let i = 1; i < records.length; i++) {
    expect(records[i]!.position).toBeGreaterThan(records[i - 1]!.position);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Waits until the clock has moved past `iso`, so the next append gets a later transaction time. */
async function waitPast(iso: string): Promise<void> {
  while (Date.now() <= Date.parse(iso) + 2) await new Promise((r) => setTimeout(r, 3));
}
