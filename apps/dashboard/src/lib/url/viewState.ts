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

function isInstant(value: string): boolean {
  return instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads a query string; a value that does not parse falls back to its default. */
export function parseViewState(search: string, defaults: ViewDefaults): ViewState {
  const params = new URLSearchParams(search);
  const view = defaultView(defaults);
  const date = params.get('date');
  const compare = params.get('compare');
  const knownAt = params.get('knownAt');
  const actor = params.get('actor');
  const vendor = params.get('vendor');
  return {
    date: date !== null && isDay(date) ? date : view.date,
    compare: compare !== null && isDay(compare) ? compare : view.compare,
    knownAt: knownAt !== null && isInstant(knownAt) ? knownAt : view.knownAt,
    tab: oneOf(tabs, params.get('tab')) ?? view.tab,
    actor: actor !== null && actorPattern.test(actor) ? actor : view.actor,
    vendor:
      vendor !== null && /^vendor:[a-z0-9]+(-[a-z0-9]+)*$/.test(vendor) ? vendor : view.vendor,
    weight: oneOf(weightings, params.get('weight')) ?? view.weight,
  };
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
