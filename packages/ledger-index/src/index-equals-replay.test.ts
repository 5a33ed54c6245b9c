import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLedgerIndex } from './ledger-index.js';
import {
  type LedgerEvent,
  replayExposure,
  replayMembership,
  replayRegressions,
  replayTimeline,
} from '@cleannet/domain';
import { reference } from '@cleannet/domain/testing';
import {
  ACTORS,
  buildHistory,
  histories,
  mentionedDays,
  resolveAsOf,
  resolveKnownAt,
  type AsOfChoice,
} from './testing/random-histories.js';

function checkAgainstReplay(
  events: LedgerEvent[],
  queries: [AsOfChoice, [number, number] | undefined, number][],
  checkpoints: number[],
) {
  const days = mentionedDays(events);
  const index = createLedgerIndex(reference);
  let applied = 0;
  for (const checkpoint of [
    ...checkpoints.map((point) => point % (events.length + 1)).sort((a, b) => a - b),
    events.length,
  ]) {
    while (applied < checkpoint) index.apply(events[applied++] as LedgerEvent);
    const prefix = events.slice(0, applied);
    for (const [choice, knownAtPick, actorPick] of queries) {
      const day = resolveAsOf(choice, days);
      const knownAt = resolveKnownAt(knownAtPick, events);
      const query = knownAt === undefined ? { asOf: day } : { asOf: day, knownAt };
      expect(index.membership(query)).toEqual(replayMembership(prefix, reference, query));
      expect(index.exposure(query)).toEqual(replayExposure(prefix, reference, query));
      expect(index.regressions(query)).toEqual(replayRegressions(prefix, query));
      const actor = ACTORS[actorPick % ACTORS.length] as string;
      expect(index.timeline(actor, query)).toEqual(replayTimeline(prefix, actor, query));
    }
  }
}

describe('the index equals a full replay', () => {
  it('for random histories and random (asOf, knownAt) pairs', () => {
    fc.assert(
      fc.property(
        histories(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 })),
        (run) => {
          checkAgainstReplay(
            buildHistory(run.intents, run.clockSteps),
            run.queries,
            run.checkpoints,
          );
        },
      ),
      { numRuns: 150, seed: 20201110 },
    );
  });

  it('even when recordedAt sometimes goes backwards', () => {
    fc.assert(
      fc.property(
        histories(fc.array(fc.integer({ min: -2, max: 3 }), { minLength: 1, maxLength: 5 })),
        (run) => {
          checkAgainstReplay(
            buildHistory(run.intents, run.clockSteps),
            run.queries,
            run.checkpoints,
          );
        },
      ),
      { numRuns: 60, seed: 20210127 },
    );
  });

  it('at one older knownAt, for asOf moving back and forth (an analyst scrubbing dates)', () => {
    // An older view is folded only as far as a query reads, and kept: a later query at the same
    // knownAt resumes the fold, or reads what an earlier one folded.
    const shifted = fc.tuple(fc.nat(), fc.integer({ min: -1, max: 1 }));
    fc.assert(
      fc.property(
        histories(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 })),
        shifted,
        fc.array(shifted, { minLength: 2, maxLength: 12 }),
        (run, knownAtPick, dayPicks) => {
          const queries = dayPicks.map(
            ([pickDay, shift], actorPick): [AsOfChoice, [number, number], number] => [
              { pickDay, shift },
              knownAtPick,
              actorPick,
            ],
          );
          checkAgainstReplay(buildHistory(run.intents, run.clockSteps), queries, run.checkpoints);
        },
      ),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it('for the latest knowledge, on and next to every day the history mentions', () => {
    // The latest knowledge is answered from precomputed stretches and market timelines:
    // query it where they start and end, after each chunk of events.
    fc.assert(
      fc.property(
        histories(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 })),
        (run) => {
          const events = buildHistory(run.intents, run.clockSteps);
          const queries = mentionedDays(events).flatMap((_, pickDay) =>
            [-1, 0, 1].map((shift): [AsOfChoice, undefined, number] => [
              { pickDay, shift },
              undefined,
              pickDay,
            ]),
          );
          checkAgainstReplay(events, queries, run.checkpoints);
        },
      ),
      { numRuns: 40, seed: 20261122 },
    );
  });

  it('generates histories with what the property is about', () => {
    const sample = fc.sample(histories(fc.constant([1])), { numRuns: 40, seed: 7 });
    const types = new Set(
      sample.flatMap((run) => buildHistory(run.intents, run.clockSteps).map((event) => event.type)),
    );
    expect([...types].sort()).toEqual([
      'BanEnacted',
      'CommitmentReversed',
      'EventCorrected',
      'EventRetracted',
      'MeasureAmended',
      'MeasureStatusChanged',
      'PledgeMade',
      'VendorsExcluded',
    ]);
  });
});
