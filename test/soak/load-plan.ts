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

/** Append n: a pledge for one of 500 operators (so per-actor streams grow too), unique id. */
export function appendEvent(prefix: string, n: number) {
  return pledge(`operator:${prefix}-${n % 500}`, `${prefix}-${n}`, dayFor(n));
}
