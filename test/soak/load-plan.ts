import { dayFor, pledge } from '../reliability/support/events.js';

/** The read mix: the dashboard's questions at varying dates. */
export function readPath(n: number): string {
  const asOf = dayFor(n * 7);
  const paths = [
    `/v1/membership?asOf=${asOf}`,
    `/v1/exposure?asOf=${asOf}`,
    `/v1/regressions?asOf=${asOf}`,
    `/v1/trends?from=2019-01-01&to=2023-01-01&interval=quarter`,
    `/v1/actors?asOf=${asOf}`,
    `/v1/actors/BR/timeline?asOf=${asOf}`,
    `/v1/events?limit=100`,
  ];
  return paths[n % paths.length] ?? paths[0]!;
}

/**
 * Append n: a pledge for one of `operators` operators (so per-actor streams
 * grow too), unique id. After an operator's first pledge the next ones change
 * no state (it is committed already), so cached answers built from states
 * stay; with `operators` 0 every append is a new operator's first pledge,
 * which changes the states of every later day: the cache's worst case.
 */
export function appendEvent(prefix: string, n: number, operators = 500) {
  const operator = operators > 0 ? n % operators : `new-${n}`;
  return pledge(`operator:${prefix}-${operator}`, `${prefix}-${n}`, dayFor(n));
}
