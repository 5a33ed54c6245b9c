import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  replayExposure,
  replayMembership,
  replayRegressions,
  replayTimeline,
  type LedgerEvent,
  type ReferenceData,
} from '@cleannet/domain';
import { reference } from '@cleannet/domain/testing';
import { createLedgerIndex, type LedgerIndex } from './ledger-index.js';
import {
  ACTORS,
  buildHistory,
  histories,
  mentionedDays,
  resolveAsOf,
  resolveKnownAt,
  type AsOfChoice,
} from './testing/random-histories.js';

/**
 * Another world for the second index: other homes for the operators, fewer
 * countries, other figures, one untrusted vendor. Anything one index kept
 * outside itself (vendor numbering, market lists, figures per year, scratch
 * that outlives a call) would answer the other's questions with it.
 */
const otherReference: ReferenceData = {
  ...reference,
  countries: reference.countries.filter(({ code }) => code !== 'PL' && code !== 'XK'),
  gdpUsd: {
    provenance: { source: 'other test figures' },
    byCountry: { BR: { '2020': 900 }, ES: { '2019': 1100, '2020': 1250 }, SE: { '2021': 600 } },
  },
  operators: [
    { id: 'operator:vivo', name: 'Vivo', homeCountry: 'ES' },
    {
      id: 'operator:orphan',
      name: 'Orphan',
      homeCountry: 'SE',
      subscribers: { count: 7, year: 2021, source: 'annual report' },
    },
  ],
  vendors: [
    { id: 'vendor:zte', name: 'ZTE', headquarters: 'CN', trust: 'untrusted' },
    { id: 'vendor:huawei', name: 'Huawei', headquarters: 'CN', trust: 'trusted' },
  ],
};

interface Ledger {
  readonly index: LedgerIndex;
  readonly reference: ReferenceData;
  readonly events: readonly LedgerEvent[];
  readonly days: string[];
  applied: number;
}

function ledger(reference: ReferenceData, events: LedgerEvent[]): Ledger {
  return {
    index: createLedgerIndex(reference),
    reference,
    events,
    days: mentionedDays(events),
    applied: 0,
  };
}

type Query = [AsOfChoice, [number, number] | undefined, number];

/** One question to one ledger, checked against the replay of what it has applied. */
function ask(ledger: Ledger, [choice, knownAtPick, actorPick]: Query, what: number): void {
  const prefix = ledger.events.slice(0, ledger.applied);
  const asOf = resolveAsOf(choice, ledger.days);
  const knownAt = resolveKnownAt(knownAtPick, [...ledger.events]);
  const query = knownAt === undefined ? { asOf } : { asOf, knownAt };
  const { index, reference } = ledger;
  switch (what % 4) {
    case 0:
      expect(index.membership(query)).toEqual(replayMembership(prefix, reference, query));
      break;
    case 1:
      expect(index.exposure(query)).toEqual(replayExposure(prefix, reference, query));
      break;
    case 2:
      expect(index.regressions(query)).toEqual(replayRegressions(prefix, query));
      break;
    default: {
      const actor = ACTORS[actorPick % ACTORS.length] as string;
      expect(index.timeline(actor, query)).toEqual(replayTimeline(prefix, actor, query));
    }
  }
}

describe('two indexes in one process', () => {
  it('each equals its own replay while applies and queries alternate between them', () => {
    const run = histories(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(run, run, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (a, b, steps) => {
        const ledgers = [
          ledger(reference, buildHistory(a.intents, a.clockSteps)),
          ledger(otherReference, buildHistory(b.intents, b.clockSteps)),
        ] as const;
        const queries = [a.queries, b.queries] as const;
        // Rounds: each ledger applies a few of its events (the last round: all the rest), then
        // both are asked every projection, alternating call by call, so that one index's fold,
        // sweep or answer always runs between two of the other's.
        for (const step of [...steps, -1]) {
          for (const ledger of ledgers) {
            const count = step < 0 ? ledger.events.length : (step % 7) + 1;
            const until = Math.min(ledger.events.length, ledger.applied + count);
            while (ledger.applied < until)
              ledger.index.apply(ledger.events[ledger.applied++] as LedgerEvent);
          }
          const asks = 4 * Math.max(queries[0].length, queries[1].length);
          for (let at = 0; at < asks; at += 1) {
            for (const side of [0, 1] as const) {
              const asked = queries[side];
              ask(ledgers[side], asked[Math.floor(at / 4) % asked.length] as Query, at % 4);
            }
          }
        }
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
