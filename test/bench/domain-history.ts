// A seeded synthetic ledger for the domain benchmark: 250 countries, 5,000
// operators, a realistic mix of kinds (mostly in effective-date order, some
// backfilled, corrected or retracted), and reference data to weigh it by.
import type { LedgerEvent, ReferenceData, Scope } from '@cleannet/domain';

/** mulberry32: a small, fast, seeded generator (the benchmark must be reproducible). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const VENDORS = [
  'vendor:huawei',
  'vendor:zte',
  'vendor:hikvision',
  'vendor:dahua',
  'vendor:inspur',
  'vendor:fiberhome',
];
const FIRST_DAY_MS = Date.UTC(2018, 0, 1);
const LAST_DAY_MS = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
export const RECORDING_START_MS = Date.UTC(2024, 0, 1);

export interface SyntheticLedger {
  readonly events: LedgerEvent[];
  readonly reference: ReferenceData;
  readonly countries: string[];
  readonly operators: string[];
}

/** 250 two-letter codes: synthetic actors need distinct ids, not real countries. */
function countryCodes(count: number): string[] {
  const codes: string[] = [];
  for (let index = 0; codes.length < count; index += 1) {
    codes.push(`${LETTERS[Math.floor(index / 26) % 26]}${LETTERS[index % 26]}`);
  }
  return codes;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function syntheticLedger(options: {
  events: number;
  countries: number;
  operators: number;
  seed: number;
}): SyntheticLedger {
  const random = seededRandom(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const countries = countryCodes(options.countries);
  const operators = Array.from({ length: options.operators }, (_, index) => `operator:op-${index}`);
  const homeOf = new Map(operators.map((operator) => [operator, pick(countries)]));

  const reference: ReferenceData = {
    countries: countries.map((code, index) => ({
      code,
      numeric: String(index).padStart(3, '0'),
      name: `Country ${code}`,
    })),
    gdpUsd: {
      provenance: { source: 'synthetic' },
      byCountry: Object.fromEntries(
        countries
          .filter(() => random() > 0.03)
          .map((code) => [code, yearly(random, 1e9 + random() * 2e12)]),
      ),
    },
    mobileSubscriptions: {
      provenance: { source: 'synthetic' },
      byCountry: Object.fromEntries(
        countries
          .filter(() => random() > 0.05)
          .map((code) => [code, yearly(random, 1e5 + random() * 1e8)]),
      ),
    },
    blocs: [
      {
        id: 'bloc:eu',
        name: 'Synthetic bloc',
        provenance: { source: 'synthetic' },
        members: countries
          .slice(0, 27)
          .map((country, index) => ({ country, joined: String(1990 + index) })),
      },
    ],
    operators: operators.map((id) => ({
      id,
      name: id,
      homeCountry: homeOf.get(id) as string,
      ...(random() > 0.1
        ? { subscribers: { count: Math.floor(random() * 5e7), year: 2021, source: 'synthetic' } }
        : {}),
    })),
    companies: [],
    vendors: VENDORS.map((id) => ({
      id,
      name: id,
      headquarters: 'CN',
      trust: 'untrusted' as const,
    })),
  };

  interface MeasureTrack {
    id: string;
    status: 'active' | 'suspended' | 'ended';
  }
  const measuresOf = new Map<string, MeasureTrack[]>();
  const pledged = new Map<string, 'member' | 'weakened' | 'reversed'>();
  const facts: LedgerEvent[] = [];
  const retracted = new Set<string>();
  const events: LedgerEvent[] = [];
  const source = { document: 'synthetic.txt', confidence: 'medium' as const };

  const effectiveDate = (
    index: number,
  ): { effectiveAt: string; effectivePrecision: 'day' | 'month' | 'year' } => {
    // Mostly close to "now" in the history, sometimes backfilled to any earlier date.
    const progress = index / options.events;
    const now = FIRST_DAY_MS + progress * (LAST_DAY_MS - FIRST_DAY_MS);
    const ms =
      random() < 0.1
        ? FIRST_DAY_MS + random() * (now - FIRST_DAY_MS)
        : now - random() * 30 * DAY_MS;
    const day = isoDay(Math.max(FIRST_DAY_MS, ms));
    const roll = random();
    if (roll < 0.1) return { effectiveAt: day.slice(0, 4), effectivePrecision: 'year' };
    if (roll < 0.3) return { effectiveAt: day.slice(0, 7), effectivePrecision: 'month' };
    return { effectiveAt: day, effectivePrecision: 'day' };
  };

  const scope = (index: number): Scope => {
    const roll = random();
    const deadline = String(2020 + Math.floor(random() * 10));
    if (roll < 0.3)
      return { part: 'whole-network', generations: ['5g'], measure: { kind: 'no-new-purchases' } };
    if (roll < 0.55)
      return {
        part: 'whole-network',
        generations: ['all'],
        measure: { kind: 'removal', deadline },
      };
    if (roll < 0.8)
      return {
        part: index % 2 === 0 ? 'core' : 'ran',
        generations: ['5g'],
        measure: { kind: 'removal', deadline },
      };
    return {
      part: 'ran',
      generations: ['4g', '5g'],
      measure: { kind: 'cap', percent: Math.floor(random() * 50) },
    };
  };

  for (let index = 0; events.length < options.events; index += 1) {
    const actor = random() < 0.3 ? pick(countries) : pick(operators);
    const isCountry = !actor.startsWith('operator:');
    const id = `ev-${index}`;
    const date = effectiveDate(events.length);
    const recordedAt = new Date(RECORDING_START_MS + events.length * 1000).toISOString();
    const envelope = {
      specversion: '1.0' as const,
      id,
      subject: actor,
      ...date,
      schemaVersion: 1 as const,
      source,
      recordedAt,
      recordedBy: 'bench',
    };
    const measures = measuresOf.get(actor) ?? [];
    const live = measures.filter((measure) => measure.status !== 'ended');
    const roll = random();
    let event: LedgerEvent | undefined;

    if (roll < 0.12) {
      event = {
        ...envelope,
        type: 'PledgeMade',
        data: { instrument: 'statement', programme: 'clean-network' },
      };
      pledged.set(actor, 'member');
    } else if (roll < 0.22 && measures.length < 6) {
      const measureId = `m-${index}`;
      const data = {
        measureId,
        vendors: {
          kind: 'named' as const,
          vendorIds: VENDORS.filter(() => random() < 0.4).concat(pick(VENDORS)),
        },
        scopes: [scope(index), ...(random() < 0.3 ? [scope(index + 1)] : [])],
        instrument: isCountry ? ('law' as const) : ('operator-decision' as const),
      };
      data.vendors.vendorIds = [...new Set(data.vendors.vendorIds)];
      event = isCountry
        ? { ...envelope, type: 'BanEnacted', data }
        : { ...envelope, type: 'VendorsExcluded', data };
      measures.push({ id: measureId, status: 'active' });
      measuresOf.set(actor, measures);
    } else if (roll < 0.47 && live.length > 0) {
      const measure = pick(live);
      const change =
        measure.status === 'active'
          ? random() < 0.85
            ? 'suspended'
            : 'lifted'
          : random() < 0.5
            ? 'reinstated'
            : 'upheld';
      event = {
        ...envelope,
        type: 'MeasureStatusChanged',
        data: { measureId: measure.id, change, by: 'court' },
      };
      measure.status =
        change === 'suspended' ? 'suspended' : change === 'lifted' ? 'ended' : 'active';
    } else if (roll < 0.67 && live.length > 0) {
      const measure = pick(live);
      event = {
        ...envelope,
        type: 'MeasureAmended',
        data: { measureId: measure.id, scopes: [scope(index)] },
      };
    } else if (roll < 0.77) {
      const status = pledged.get(actor);
      if (status === 'member' || status === 'weakened') {
        const full = random() < 0.5;
        event = {
          ...envelope,
          type: 'CommitmentReversed',
          data: {
            target: { kind: 'pledge' },
            extent: full ? 'full' : 'partial',
            vendorsReadmitted: ['vendor:huawei'],
          },
        };
        pledged.set(actor, full ? 'reversed' : 'weakened');
      } else if (live.length > 0) {
        const measure = pick(live);
        event = {
          ...envelope,
          type: 'CommitmentReversed',
          data: {
            target: { kind: 'measure', measureId: measure.id },
            extent: 'partial',
            vendorsReadmitted: [pick(VENDORS)],
            partsReadmitted: ['ran'],
          },
        };
      }
    } else if (roll < 0.95 && facts.length > 0) {
      const target = facts[
        facts.length - 1 - Math.floor(random() * Math.min(facts.length, 5000))
      ] as LedgerEvent;
      if (!retracted.has(target.id)) {
        const corrected = effectiveDate(Math.max(0, events.length - Math.floor(random() * 50_000)));
        event = {
          ...envelope,
          subject: target.subject,
          type: 'EventCorrected',
          data: { correctedEventId: target.id, ...corrected, reason: 'date revised' },
        };
      }
    } else if (facts.length > 0) {
      const target = facts[
        facts.length - 1 - Math.floor(random() * Math.min(facts.length, 5000))
      ] as LedgerEvent;
      if (
        !retracted.has(target.id) &&
        target.type !== 'BanEnacted' &&
        target.type !== 'VendorsExcluded'
      ) {
        event = {
          ...envelope,
          subject: target.subject,
          type: 'EventRetracted',
          data: { retractedEventId: target.id, reason: 'retracted' },
        };
        retracted.add(target.id);
      }
    }
    if (event === undefined) continue;
    events.push(event);
    if (event.type !== 'EventCorrected' && event.type !== 'EventRetracted') facts.push(event);
  }
  return { events: events.map(asReadFromLog), reference, countries, operators };
}

/**
 * An event as the service's projections get it: parsed from its record's
 * JSON (the file log and Kafka both store JSON). Built here with spreads in
 * the middle of literals, every event would have a hidden class of its own,
 * which no log produces, and every field read in the index would miss V8's
 * caches: at a million events that alone doubled the time to apply them.
 */
function asReadFromLog(event: LedgerEvent): LedgerEvent {
  return JSON.parse(JSON.stringify(event)) as LedgerEvent;
}

function yearly(random: () => number, base: number): Record<string, number> {
  const figures: Record<string, number> = {};
  for (let year = 2017; year <= 2024; year += 1)
    if (random() > 0.1) figures[String(year)] = Math.round(base * (1 + year / 1e3));
  return figures;
}
