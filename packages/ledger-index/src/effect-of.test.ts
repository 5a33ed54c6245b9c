import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLedgerIndex, type LedgerIndex } from './ledger-index.js';
import {
  addDays,
  commandFor,
  decide,
  emptyActorState,
  evolve,
  initialState,
  type LedgerEvent,
  placeOnTimeline,
  type ProposedEvent,
} from '@cleannet/domain';
import { measureData, pledgeData, proposal, reference, stamp } from '@cleannet/domain/testing';
import { partialDate } from './testing/random-histories.js';

// Answer caches keep an as-of answer across an event whose effect says it
// changed no state: these pin down that no answer built from states moves then.

const ACTORS = ['BR', 'SE', 'ES', 'operator:telefonica', 'operator:orphan'];
const date = partialDate(2018, 2022);

/** Mostly pledges, many of them of actors already committed, among measures and walk-backs. */
const step = fc.record({
  kind: fc.constantFrom('pledge', 'pledge', 'pledge', 'measure', 'reverse', 'suspend'),
  actor: fc.nat(),
  date,
  home: fc.constantFrom('ES', 'BR', undefined),
  name: fc.constantFrom(undefined, undefined, 'Renamed'),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function proposalFor(
  intent: Step,
  id: string,
  measures: readonly { id: string; owner: string }[],
): ProposedEvent | undefined {
  const actor = ACTORS[intent.actor % ACTORS.length] as string;
  switch (intent.kind) {
    case 'pledge':
      return proposal('PledgeMade', id, actor, intent.date, {
        ...pledgeData,
        ...(actor.startsWith('operator:') && intent.home ? { homeCountry: intent.home } : {}),
        ...(intent.name ? { actorName: intent.name } : {}),
      });
    case 'measure':
      return proposal('VendorsExcluded', id, actor, intent.date, measureData(`m-${id}`));
    case 'reverse':
      return proposal('CommitmentReversed', id, actor, intent.date, {
        target: { kind: 'pledge' },
        extent: 'full',
        vendorsReadmitted: ['vendor:huawei'],
      });
    case 'suspend': {
      const measure = measures[intent.actor % Math.max(1, measures.length)];
      return measure === undefined
        ? undefined
        : proposal('MeasureStatusChanged', id, measure.owner, intent.date, {
            measureId: measure.id,
            change: 'suspended',
            by: 'court',
          });
    }
  }
}

/** Valid histories: the decider keeps what it accepts. Recording times always move forward. */
function buildHistory(intents: readonly Step[]): LedgerEvent[] {
  let state = initialState();
  const events: LedgerEvent[] = [];
  const measures: { id: string; owner: string }[] = [];
  intents.forEach((intent, index) => {
    const proposed = proposalFor(intent, `e${index}`, measures);
    if (proposed === undefined) return;
    const now = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
    const decision = decide(commandFor(proposed, { now, principal: 'test' }), state);
    if (!decision.ok) return;
    for (const event of decision.events) {
      state = evolve(state, event);
      events.push(event);
      if (event.type === 'VendorsExcluded')
        measures.push({ id: event.data.measureId, owner: event.subject });
    }
  });
  return events;
}

/** Every answer built from states, on and next to every day the history mentions. */
function stateAnswers(index: LedgerIndex, days: readonly string[]): string {
  const answers = days.map((asOf) => {
    const view = index.view({ asOf });
    return {
      membership: index.membership({ asOf }),
      exposure: index.exposure({ asOf }),
      regressions: index.regressions({ asOf }),
      // No state yet reads as the empty one everywhere (the actor list: commitment none, no measures).
      actors: view.actorIds.map((actorId) => view.stateOf(actorId) ?? emptyActorState(actorId)),
    };
  });
  return JSON.stringify(answers);
}

describe('effectOf', () => {
  it('says an event changed no state only when no answer built from states changed', () => {
    let unchanged = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 50 }), (intents) => {
        const events = buildHistory(intents);
        const days = [
          ...new Set(
            events.flatMap((event) => {
              const day = placeOnTimeline(event.effectiveAt);
              return [addDays(day, -1), day, addDays(day, 1)];
            }),
          ),
        ];
        const index = createLedgerIndex(reference);
        for (const event of events) {
          const before = stateAnswers(index, days);
          index.apply(event);
          if (index.effectOf(event).statesChanged) continue;
          unchanged += 1;
          expect(stateAnswers(index, days)).toBe(before);
        }
      }),
      { numRuns: 50, seed: 20261122 },
    );
    // The property is about these events: the histories must contain plenty of them.
    expect(unchanged).toBeGreaterThan(100);
  });

  it('given BR committed, when BR pledges again later, then no state changed', () => {
    const index = createLedgerIndex(reference);
    const first = stamp(
      proposal('PledgeMade', 'p1', 'BR', '2020-01-10', pledgeData),
      '2024-01-01T00:00:00Z',
    );
    const again = stamp(
      proposal('PledgeMade', 'p2', 'BR', '2021-03', pledgeData),
      '2024-01-02T00:00:00Z',
    );
    const earlier = stamp(
      proposal('PledgeMade', 'p3', 'BR', '2019', pledgeData),
      '2024-01-03T00:00:00Z',
    );
    [first, again, earlier].forEach(index.apply);
    expect(index.effectOf(first).statesChanged).toBe(true);
    expect(index.effectOf(again)).toEqual({ changes: [], statesChanged: false });
    // Backdated: the membership now begins earlier, though no status changed at the day it touched.
    expect(index.effectOf(earlier).statesChanged).toBe(true);
  });

  it('counts every event as a change once recording times went backwards', () => {
    const index = createLedgerIndex(reference);
    const first = stamp(
      proposal('PledgeMade', 'p1', 'BR', '2020-01-10', pledgeData),
      '2024-01-02T00:00:00Z',
    );
    const again = stamp(
      proposal('PledgeMade', 'p2', 'BR', '2021-03', pledgeData),
      '2024-01-01T00:00:00Z',
    );
    [first, again].forEach(index.apply);
    // A query known at 2024-01-01 sees only the second pledge: for it, that pledge made BR a member.
    expect(index.effectOf(again).statesChanged).toBe(true);
  });

  it('counts a correction as a change even when no state moves (it may change what a change cites)', () => {
    const index = createLedgerIndex(reference);
    const pledge = stamp(
      proposal('PledgeMade', 'p1', 'BR', '2020-01-10', pledgeData),
      '2024-01-01T00:00:00Z',
    );
    const recited = stamp(
      proposal('EventCorrected', 'c1', 'BR', '2020-01-10', {
        correctedEventId: 'p1',
        source: { document: 'better-document.txt', confidence: 'high' },
        reason: 'better source',
      }),
      '2024-01-02T00:00:00Z',
    );
    [pledge, recited].forEach(index.apply);
    expect(index.effectOf(recited).statesChanged).toBe(true);
  });
});
