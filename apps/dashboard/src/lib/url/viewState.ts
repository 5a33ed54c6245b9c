import { isDay, type Day } from '../time/day.ts';

/**
 * Everything that defines a view, so that any view can be shared by its URL.
 * Only values that differ from the defaults are written, which keeps shared
 * links short and lets "today" move on for links that never fixed a date.
 */
export const tabs = ['overview', 'exposure', 'regressions', 'actor'] as const;
export type Tab = (typeof tabs)[number];

export const weightings = ['gdp', 'subscribers', 'markets'] as const;
export type Weighting = (typeof weightings)[number];

export interface ViewState {
  /** The replay date (`asOf`). */
  date: Day;
  /** The comparison date for the headline changes; null = a year before `date`. */
  compare: Day | null;
  /** Transaction time (`knownAt`): null = everything the ledger knows now. */
  knownAt: string | null;
  tab: Tab;
  /** The actor whose page is open on the actor tab. */
  actor: string | null;
  vendor: string;
  weight: Weighting;
}

export interface ViewDefaults {
  /** Usually today. */
  date: Day;
  vendor: string;
}

export function defaultView(defaults: ViewDefaults): ViewState {
  return {
    date: defaults.date,
    compare: null,
    knownAt: null,
    tab: 'overview',
    actor: null,
    vendor: defaults.vendor,
    weight: 'gdp',
  };
}

const instantPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const actorPattern = /^([A-Z]{2}|(operator|company|bloc|vendor):[a-z0-9]+(-[a-z0-9]+)*)$/;
const vendorPattern = /^vendor:[a-z0-9]+(-[a-z0-9]+)*$/;

function isInstant(value: string): boolean {
  return instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

/** A value in the address that could not be used, and why. */
export interface RejectedParam {
  name: keyof ViewState;
  given: string;
  reason: string;
}

/** The days a view may show: a date outside them is corrected, not silently clamped. */
export interface DayRange {
  min: Day;
  max: Day;
}

/**
 * Reads a query string. A value that does not parse, or a date outside
 * `range`, falls back to its default and is listed in `rejected`, so the
 * page can say so and write the corrected address.
 */
export function readViewState(
  search: string,
  defaults: ViewDefaults,
  range?: DayRange,
): { view: ViewState; rejected: RejectedParam[] } {
  const params = new URLSearchParams(search);
  const fallback = defaultView(defaults);
  const rejected: RejectedParam[] = [];
  /** The given value if `problem` finds none in it (every field is text), else the default. */
  function read<K extends keyof ViewState>(
    name: K,
    problem: (value: string) => string | null,
  ): ViewState[K] {
    const given = params.get(name);
    if (given === null) return fallback[name];
    const reason = problem(given);
    if (reason === null) return given as ViewState[K];
    rejected.push({ name, given, reason });
    return fallback[name];
  }
  const day = (value: string): string | null => {
    if (!isDay(value)) return 'is not a date';
    if (range && value < range.min) return `is before ${range.min}, where the ledger starts`;
    if (range && value > range.max) return `is after ${range.max}, today`;
    return null;
  };
  const oneOf = (allowed: readonly string[]) => (value: string) =>
    allowed.includes(value) ? null : 'is not one of the choices';
  const matching = (test: RegExp, what: string) => (value: string) =>
    test.test(value) ? null : `is not ${what}`;
  const view: ViewState = {
    date: read('date', day),
    compare: read('compare', day),
    knownAt: read('knownAt', (value) => (isInstant(value) ? null : 'is not a date or time')),
    tab: read('tab', oneOf(tabs)),
    actor: read('actor', matching(actorPattern, 'an actor id')),
    vendor: read('vendor', matching(vendorPattern, 'a vendor id')),
    weight: read('weight', oneOf(weightings)),
  };
  return { view, rejected };
}

/** Reads a query string; a value that does not parse falls back to its default. */
export function parseViewState(search: string, defaults: ViewDefaults): ViewState {
  return readViewState(search, defaults).view;
}

/** Writes a query string (with its `?`, or empty) holding only non-default values. */
export function serializeViewState(state: ViewState, defaults: ViewDefaults): string {
  const view = defaultView(defaults);
  const params = new URLSearchParams();
  // A fixed order, so the same view always has the same URL.
  const keys = ['date', 'compare', 'knownAt', 'tab', 'actor', 'vendor', 'weight'] as const;
  for (const key of keys) {
    const value = state[key];
    if (value !== null && value !== view[key]) params.set(key, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
