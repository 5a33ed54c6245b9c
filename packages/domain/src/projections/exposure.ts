import { actorKindOf } from '../events/actor-ids.js';
import type { ActorState, MeasureState } from '../model/actor-state.js';
import {
  combineBarringAt,
  classAt,
  marketStatusAt,
  MeasureEffects,
  MARKET_STATUSES,
  type Barring,
  type MeasureEffect,
  type MarketStatus,
  type VendorNumbers,
} from '../model/market.js';
import { dayFromNumber } from '../time/day.js';
import {
  marketColumns,
  marketEntry,
  type MarketColumns,
  type MarketEntry,
} from './exposure-columns.js';
import { SortedMerge } from './merge-sorted.js';
import type { ReferenceIndex } from './reference-index.js';
import { VendorRow } from './vendor-rows.js';
import type { LedgerView } from './view.js';

export type { MarketEntry } from './exposure-columns.js';

export interface StatusClass {
  readonly markets: readonly MarketEntry[];
  readonly count: number;
  readonly gdpUsd: number;
  readonly gdpShare: number | null;
  readonly subscriptions: number;
  readonly subscriptionsShare: number | null;
  /** Markets in this class without a figure: left out of the sums, never counted as zero. */
  readonly missing: { readonly gdp: readonly string[]; readonly subscriptions: readonly string[] };
}

export interface VendorExposure {
  readonly vendorId: string;
  readonly byStatus: Readonly<Record<MarketStatus, StatusClass>>;
}

export interface Exposure {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly year: number;
  readonly vendors: readonly VendorExposure[];
}

/**
 * One actor's live measures reduced per vendor. Slot s, in the order the
 * vendors are met: `vendorNumbers[s]` (numbered by the summary's owner, see
 * `VendorNumbers`), `barrings[6s .. 6s + 5]` = active closed-from,
 * pending-before, restricted-from, then the same for suspended measures
 * (each the min, max, min over the measures), and `measureIds[s]`, the
 * sorted ids behind them. Every slot names at least one measure; no live
 * measure: `NO_BARRING`. A pure function of the actor's (immutable)
 * measures array, which every state without a measure change shares: the
 * index computes it once per array when it folds a timeline.
 */
export interface ActorBarring {
  readonly vendorNumbers: readonly number[];
  readonly barrings: readonly number[];
  readonly measureIds: readonly (readonly string[])[];
}

export const NO_BARRING: ActorBarring = {
  vendorNumbers: [],
  barrings: [],
  measureIds: [],
};

/** An `ActorBarring` being built: a slot per vendor, in the order the vendors are met. */
export interface BarringDraft {
  readonly vendorNumbers: number[];
  readonly ids: string[][];
  readonly thresholds: number[];
}

export function emptyBarringDraft(): BarringDraft {
  return { vendorNumbers: [], ids: [], thresholds: [] };
}

/** Adds what one live measure bars of one vendor to the vendor's slot (opened when new). */
export function addToBarringDraft(
  draft: BarringDraft,
  vendor: number,
  measure: MeasureState,
  barring: Barring,
): void {
  let slot = draft.vendorNumbers.indexOf(vendor);
  if (slot < 0) {
    slot = draft.vendorNumbers.length;
    draft.vendorNumbers.push(vendor);
    draft.ids.push([]);
    draft.thresholds.push(Infinity, -Infinity, Infinity, Infinity, -Infinity, Infinity);
  }
  (draft.ids[slot] as string[]).push(measure.measureId);
  combineBarringAt(draft.thresholds, slot * 6 + (measure.status === 'suspended' ? 3 : 0), barring);
}

/** Computes the per-vendor summary of an actor's measures, each measure's effect from `effectOf`. */
export function barringSummary(
  measures: readonly MeasureState[],
  effectOf: (measure: MeasureState, index: number) => MeasureEffect,
): ActorBarring {
  let draft: BarringDraft | undefined;
  for (let index = 0; index < measures.length; index += 1) {
    const measure = measures[index] as MeasureState;
    if (measure.status !== 'active' && measure.status !== 'suspended') continue;
    const effect = effectOf(measure, index);
    for (const vendor of effect.vendorNumbers) {
      draft ??= emptyBarringDraft();
      addToBarringDraft(draft, vendor, measure, effect.barring);
    }
  }
  if (draft === undefined) return NO_BARRING;
  for (const list of draft.ids) if (list.length > 1) list.sort();
  return { vendorNumbers: draft.vendorNumbers, barrings: draft.thresholds, measureIds: draft.ids };
}

/** One actor that can bar vendors in a market: a country, or an operator with a home market. */
interface Contributor {
  readonly marketIndex: number;
  readonly state: ActorState;
  readonly summary: ActorBarring | undefined;
}

type Accumulate = (
  contributors: readonly Contributor[],
  onlyVendor: number,
  rowOf: (vendor: number) => VendorRow,
  effects: MeasureEffects | undefined,
) => void;

/** Per actor, through its summary (computed from `effects` where the caller has none). */
const byActor: Accumulate = (contributors, onlyVendor, rowOf, effects) => {
  const effectOf = (measure: MeasureState) => (effects as MeasureEffects).of(measure);
  for (const { marketIndex, state, summary: known } of contributors) {
    const summary = known ?? barringSummary(state.measures, effectOf);
    const { vendorNumbers } = summary;
    for (let slot = 0; slot < vendorNumbers.length; slot += 1) {
      const vendor = vendorNumbers[slot] as number;
      if (onlyVendor >= 0 && vendor !== onlyVendor) continue;
      rowOf(vendor).addActor(marketIndex, summary, slot);
    }
  }
};

/** Per measure, no summary: the naive replay's path, against which the index is tested. */
const byMeasure: Accumulate = (contributors, onlyVendor, rowOf, effects) => {
  for (const { marketIndex, state } of contributors) {
    for (const measure of state.measures) {
      if (measure.status !== 'active' && measure.status !== 'suspended') continue;
      const effect = (effects as MeasureEffects).of(measure);
      const suspended = measure.status === 'suspended';
      for (const vendor of effect.vendorNumbers) {
        if (onlyVendor >= 0 && vendor !== onlyVendor) continue;
        rowOf(vendor).add(marketIndex, effect.barring, suspended, measure.measureId);
      }
    }
  }
};

/**
 * Visits every actor's state at the query, with the summary of its measures
 * when the caller has one (the index computes them when it folds).
 */
export type ForEachStateWithBarring = (
  visit: (state: ActorState, summary: ActorBarring | undefined) => void,
) => void;

/**
 * Per vendor, the status of every market: the country's own measures and its
 * operators' measures combined. Operators count toward their home country
 * (reference data first, else the home country their pledge names).
 */
export function exposureOf(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
): Exposure {
  return exposureOfView(byActor, view, reference, query, vendorId);
}

/**
 * `exposureOf` from states that come with their measures' summaries, so that
 * nothing is computed or cached per actor at query time: the index's path.
 * `vendors` numbered the summaries' vendors.
 */
export function exposureFromSummaries(
  forEach: ForEachStateWithBarring,
  asOfDay: number,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendors: VendorNumbers,
  vendorId?: string,
): Exposure {
  return exposureWith(byActor, forEach, asOfDay, reference, query, vendorId, undefined, vendors);
}

/**
 * The same answer as `exposureOf`, computed measure by measure without the
 * per-actor cache: the naive replay uses it, so the property test that
 * compares the index with the replay also checks the cache.
 */
export function exposureByMeasure(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
): Exposure {
  return exposureOfView(byMeasure, view, reference, query, vendorId);
}

/** From a view's states alone: the effects (and the vendors' numbering) are this answer's own. */
function exposureOfView(
  accumulate: Accumulate,
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId: string | undefined,
): Exposure {
  const forEach: ForEachStateWithBarring = (visit) =>
    view.forEachState((state) => visit(state, undefined));
  const effects = new MeasureEffects();
  const { asOfDay } = view;
  return exposureWith(
    accumulate,
    forEach,
    asOfDay,
    reference,
    query,
    vendorId,
    effects,
    effects.vendors,
  );
}

function exposureWith(
  accumulate: Accumulate,
  forEachState: ForEachStateWithBarring,
  day: number,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId: string | undefined,
  /** Where states come without summaries: the effects to compute them from. */
  effects: MeasureEffects | undefined,
  vendors: VendorNumbers,
): Exposure {
  const marketSet = new Set<string>(reference.countryCodes);
  const found: { market: string; state: ActorState; summary: ActorBarring | undefined }[] = [];
  forEachState((state, summary) => {
    const actorId = state.actorId;
    const kind = actorKindOf(actorId);
    if (kind === 'country') marketSet.add(actorId);
    else if (kind !== 'operator') return;
    if (state.measures.length === 0) return;
    const market =
      kind === 'country'
        ? actorId
        : (reference.operators.get(actorId)?.homeCountry ?? state.homeCountry);
    if (market !== undefined) found.push({ market, state, summary });
  });
  for (const { market } of found) marketSet.add(market);
  const markets = [...marketSet].sort();
  const marketSlot = new Map(markets.map((market, index) => [market, index]));
  const contributors = found.map(({ market, state, summary }): Contributor => ({
    marketIndex: marketSlot.get(market) as number,
    state,
    summary,
  }));

  const width = markets.length;
  const onlyVendor = vendorId === undefined ? -1 : vendors.numberOf(vendorId);
  const rowsByNumber: (VendorRow | undefined)[] = [];
  const rowOf = (vendor: number): VendorRow => {
    let row = rowsByNumber[vendor];
    if (row === undefined) {
      row = new VendorRow(width);
      rowsByNumber[vendor] = row;
    }
    return row;
  };
  accumulate(contributors, onlyVendor, rowOf, effects);
  return exposureAnswer(markets, rowsByNumber, vendors, day, reference, query, vendorId);
}

/**
 * The answer from each vendor's barring of the sorted `markets` (rows indexed
 * by vendor number in `vendors`; a vendor without a row bars no market).
 * `columns`, when the caller keeps them, are `marketColumns(markets, year of asOf)`.
 */
export function exposureAnswer(
  markets: readonly string[],
  rowsByNumber: readonly (VendorRow | undefined)[],
  vendors: VendorNumbers,
  day: number,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  vendorId?: string,
  columns?: MarketColumns,
): Exposure {
  const year = Number(query.asOf.slice(0, 4));
  const { gdp, subscriptions, worldGdp, worldSubscriptions, openEntries } =
    columns ?? marketColumns(markets, year, reference);
  const width = markets.length;
  const rows = new Map<string, VendorRow>();
  rowsByNumber.forEach((row, number) => {
    if (row !== undefined) rows.set(vendors.nameOf(number), row);
  });

  const vendorIds =
    vendorId !== undefined
      ? [vendorId]
      : [...new Set([...reference.untrustedVendors, ...rows.keys()])].sort();
  const scratch = new EntryScratch();
  const byVendor = vendorIds.map((vendor): VendorExposure => {
    const row = rows.get(vendor);
    const entries: Record<MarketStatus, MarketEntry[]> = {
      suspended: [],
      closed: [],
      'phase-out-pending': [],
      restricted: [],
      open: [],
    };
    for (let index = 0; index < width; index += 1) {
      const entry =
        row !== undefined && row.has(index)
          ? barredEntry(
              scratch,
              row,
              index,
              markets[index] as string,
              day,
              gdp[index],
              subscriptions[index],
            )
          : undefined;
      if (entry === undefined) entries.open.push(openEntries[index] as MarketEntry);
      else entries[entry.status].push(entry);
    }
    const byStatus = {} as Record<MarketStatus, StatusClass>;
    for (const status of MARKET_STATUSES)
      byStatus[status] = summarise(entries[status], worldGdp, worldSubscriptions);
    return { vendorId: vendor, byStatus };
  });

  const exposure: { -readonly [K in keyof Exposure]: Exposure[K] } = {
    asOf: query.asOf,
    year,
    vendors: byVendor,
  };
  if (query.knownAt !== undefined) exposure.knownAt = query.knownAt;
  return exposure;
}

/** Scratch for one answer's `barredEntry` calls: the thresholds are read and compared at once, never kept. */
class EntryScratch {
  readonly active: Barring = { closedFrom: 0, pendingBefore: 0, restrictedFrom: 0 };
  readonly suspended: Barring = { closedFrom: 0, pendingBefore: 0, restrictedFrom: 0 };
  readonly merge = new SortedMerge();
}

/** The entry of a market some measure names; `undefined` when it is open all the same. */
function barredEntry(
  { active, suspended, merge }: EntryScratch,
  row: VendorRow,
  index: number,
  country: string,
  day: number,
  gdpUsd: MarketEntry['gdpUsd'],
  subscriptions: MarketEntry['subscriptions'],
): MarketEntry | undefined {
  row.readBarring(index, false, active);
  row.readBarring(index, true, suspended);
  const status = marketStatusAt(active, suspended, day);
  if (status === 'open') return undefined;
  const deadline =
    status === 'phase-out-pending' && classAt(active, day) === 'phase-out-pending'
      ? dayFromNumber(active.pendingBefore)
      : undefined;
  return marketEntry(country, status, row.sortedIds(index, merge), deadline, gdpUsd, subscriptions);
}

function summarise(
  markets: MarketEntry[],
  worldGdp: number,
  worldSubscriptions: number,
): StatusClass {
  let gdpUsd = 0;
  let subscriptions = 0;
  const missingGdp: string[] = [];
  const missingSubscriptions: string[] = [];
  for (const market of markets) {
    if (market.gdpUsd === undefined) missingGdp.push(market.country);
    else gdpUsd += market.gdpUsd.value;
    if (market.subscriptions === undefined) missingSubscriptions.push(market.country);
    else subscriptions += market.subscriptions.value;
  }
  return {
    markets,
    count: markets.length,
    gdpUsd,
    gdpShare: worldGdp > 0 ? gdpUsd / worldGdp : null,
    subscriptions,
    subscriptionsShare: worldSubscriptions > 0 ? subscriptions / worldSubscriptions : null,
    missing: { gdp: missingGdp, subscriptions: missingSubscriptions },
  };
}
