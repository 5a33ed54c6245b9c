import fc from 'fast-check';
import {
  addDays,
  commandFor,
  decide,
  evolve,
  initialState,
  type LedgerEvent,
  placeOnTimeline,
  type ProposedEvent,
  type Scope,
} from '@cleannet/domain';
import { measureData, pledgeData, proposal } from '@cleannet/domain/testing';

/*
 * Random valid histories for the property tests that compare the index with
 * the replay: intents run through the real decider, queries that land on
 * and next to the days the history mentions, knownAt among its recording times.
 */

export const ACTORS = [
  'BR',
  'GB',
  'SE',
  'ES',
  'PL',
  'operator:telefonica',
  'operator:vivo',
  'operator:orphan',
  'bloc:eu',
];
const VENDORS = ['vendor:huawei', 'vendor:zte'];
const BASE_MS = Date.UTC(2024, 0, 1);

/** A partial date (year, month or day precision) between two years. */
export function partialDate(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: fromYear, max: toYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.constantFrom('year', 'month', 'day', 'day'),
    )
    .map(([year, month, day, precision]) => {
      const mm = String(month).padStart(2, '0');
      if (precision === 'year') return String(year);
      if (precision === 'month') return `${year}-${mm}`;
      return `${year}-${mm}-${String(day).padStart(2, '0')}`;
    });
}

const date = partialDate(2018, 2023);

const scope: fc.Arbitrary<Scope> = fc.oneof(
  fc.constant<Scope>({
    part: 'whole-network',
    generations: ['all'],
    measure: { kind: 'no-new-purchases' },
  }),
  date.map<Scope>((deadline) => ({
    part: 'whole-network',
    generations: ['5g'],
    measure: { kind: 'removal', deadline },
  })),
  date.map<Scope>((deadline) => ({
    part: 'core',
    generations: ['5g'],
    measure: { kind: 'removal', deadline },
  })),
  fc.integer({ min: 0, max: 100 }).map<Scope>((percent) => ({
    part: 'ran',
    generations: ['4g', '5g'],
    measure: { kind: 'cap', percent },
  })),
);

const vendors = fc.subarray(VENDORS, { minLength: 1 });
const pick = fc.nat();

/** What a history step wants to do; indices pick among what exists when it runs. */
const intent = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pledge' as const),
      actor: pick,
      date,
      home: fc.constantFrom('ES', 'BR'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('measure' as const),
      actor: pick,
      date,
      ban: fc.boolean(),
      vendors,
      scopes: fc.array(scope, { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      measure: pick,
      date,
      change: fc.constantFrom('suspended', 'reinstated', 'upheld', 'lifted'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('amend' as const),
      measure: pick,
      date,
      scopes: fc.array(scope, { minLength: 1, maxLength: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('reverse-pledge' as const),
      actor: pick,
      date,
      full: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reverse-measure' as const),
      measure: pick,
      date,
      full: fc.boolean(),
      readmit: fc.subarray(VENDORS),
      parts: fc.subarray(['core', 'ran'] as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('correct-date' as const), fact: pick, date }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('correct-data' as const),
      fact: pick,
      full: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retract' as const), fact: pick }) },
);

type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

/** Runs intents through the real decider, keeping what it accepts: histories are always valid. */
export function buildHistory(intents: Intent[], clockSteps: number[]): LedgerEvent[] {
  let state = initialState();
  const events: LedgerEvent[] = [];
  const measures: { id: string; owner: string }[] = [];
  const facts: LedgerEvent[] = [];
  let clock = BASE_MS;
  intents.forEach((step, index) => {
    const id = `e${index}`;
    const actor = ACTORS[('actor' in step ? step.actor : 0) % ACTORS.length] as string;
    const measure =
      measures.length > 0 && 'measure' in step
        ? measures[step.measure % measures.length]
        : undefined;
    const fact = facts.length > 0 && 'fact' in step ? facts[step.fact % facts.length] : undefined;
    let proposed: ProposedEvent | undefined;
    switch (step.kind) {
      case 'pledge':
        proposed = proposal('PledgeMade', id, actor, step.date, {
          ...pledgeData,
          ...(actor.startsWith('operator:') ? { homeCountry: step.home } : {}),
        });
        break;
      case 'measure':
        proposed = proposal(
          step.ban ? 'BanEnacted' : 'VendorsExcluded',
          id,
          actor,
          step.date,
          measureData(`m${index}`, step.scopes, step.vendors),
        );
        break;
      case 'status':
        if (measure) {
          proposed = proposal('MeasureStatusChanged', id, measure.owner, step.date, {
            measureId: measure.id,
            change: step.change,
            by: 'court',
          });
        }
        break;
      case 'amend':
        if (measure)
          proposed = proposal('MeasureAmended', id, measure.owner, step.date, {
            measureId: measure.id,
            scopes: step.scopes,
          });
        break;
      case 'reverse-pledge':
        proposed = proposal('CommitmentReversed', id, actor, step.date, {
          target: { kind: 'pledge' },
          extent: step.full ? 'full' : 'partial',
          vendorsReadmitted: ['vendor:huawei'],
        });
        break;
      case 'reverse-measure':
        if (measure) {
          proposed = proposal('CommitmentReversed', id, measure.owner, step.date, {
            target: { kind: 'measure', measureId: measure.id },
            extent: step.full ? 'full' : 'partial',
            vendorsReadmitted: step.readmit,
            partsReadmitted: [...step.parts],
          });
        }
        break;
      case 'correct-date':
        if (fact) {
          proposed = proposal('EventCorrected', id, fact.subject, step.date, {
            correctedEventId: fact.id,
            effectiveAt: step.date,
            effectivePrecision:
              step.date.length === 4 ? 'year' : step.date.length === 7 ? 'month' : 'day',
            reason: 'date fixed',
          });
        }
        break;
      case 'correct-data':
        if (fact?.type === 'CommitmentReversed') {
          proposed = proposal('EventCorrected', id, fact.subject, fact.effectiveAt, {
            correctedEventId: fact.id,
            data: { ...fact.data, extent: step.full ? 'full' : 'partial' },
            reason: 'extent fixed',
          });
        } else if (fact?.type === 'BanEnacted' || fact?.type === 'VendorsExcluded') {
          proposed = proposal('EventCorrected', id, fact.subject, fact.effectiveAt, {
            correctedEventId: fact.id,
            data: {
              ...fact.data,
              scopes: [
                { part: 'core', generations: ['5g'], measure: { kind: 'no-new-purchases' } },
              ],
            },
            reason: 'scope fixed',
          });
        }
        break;
      case 'retract':
        if (fact)
          proposed = proposal('EventRetracted', id, fact.subject, fact.effectiveAt, {
            retractedEventId: fact.id,
            reason: 'wrong',
          });
        break;
    }
    if (proposed === undefined) return;
    clock += (clockSteps[index % clockSteps.length] ?? 1) * 60_000;
    const decision = decide(
      commandFor(proposed, { now: new Date(clock).toISOString(), principal: 'prop' }),
      state,
    );
    if (!decision.ok) return;
    for (const event of decision.events) {
      state = evolve(state, event);
      events.push(event);
      if (event.type === 'BanEnacted' || event.type === 'VendorsExcluded') {
        measures.push({ id: event.data.measureId, owner: event.subject });
      }
      if (event.type !== 'EventCorrected' && event.type !== 'EventRetracted') facts.push(event);
    }
  });
  return events;
}

const asOf = fc
  .tuple(
    fc.integer({ min: 2017, max: 2028 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(
    ([year, month, day]) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

/** Dates the history mentions, so that queries often land exactly on (or next to) a change. */
export function mentionedDays(events: LedgerEvent[]): string[] {
  const days = new Set<string>();
  for (const event of events) {
    days.add(placeOnTimeline(event.effectiveAt));
    if (event.type === 'EventCorrected' && event.data.effectiveAt !== undefined) {
      days.add(placeOnTimeline(event.data.effectiveAt));
    }
  }
  return [...days].sort();
}

/** An asOf: a random day, or a day the history mentions, shifted by -1, 0 or +1. */
const asOfChoice = fc.oneof(
  asOf.map((day) => ({ day })),
  fc
    .tuple(fc.nat(), fc.integer({ min: -1, max: 1 }))
    .map(([pickDay, shift]) => ({ pickDay, shift })),
);

export function resolveAsOf(
  choice: { day?: string; pickDay?: number; shift?: number },
  days: string[],
): string {
  if (choice.day !== undefined || days.length === 0) return choice.day ?? '2020-12-31';
  return addDays(days[(choice.pickDay ?? 0) % days.length] as string, choice.shift ?? 0);
}

/** knownAt: omitted, or a recording time of the history shifted by -1, 0 or +1 minute (ties included). */
const knownAtChoice = fc.option(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 1 })), {
  nil: undefined,
});

export function resolveKnownAt(
  choice: [number, number] | undefined,
  events: LedgerEvent[],
): string | undefined {
  if (choice === undefined || events.length === 0) return undefined;
  const recordedAt = Date.parse((events[choice[0] % events.length] as LedgerEvent).recordedAt);
  return new Date(recordedAt + choice[1] * 60_000).toISOString();
}

export type AsOfChoice = { day?: string; pickDay?: number; shift?: number };

export const histories = (clockSteps: fc.Arbitrary<number[]>) =>
  fc.record({
    intents: fc.array(intent, { minLength: 1, maxLength: 60 }),
    clockSteps,
    queries: fc.array(fc.tuple(asOfChoice, knownAtChoice, fc.nat()), {
      minLength: 1,
      maxLength: 6,
    }),
    checkpoints: fc.array(fc.nat(), { maxLength: 3 }),
  });
