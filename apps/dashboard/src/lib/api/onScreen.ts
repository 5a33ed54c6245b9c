import type { Answer } from './resource.svelte.ts';

/** What `answerOnScreen` needs of a resource. */
export interface ResourceView<K, T> {
  readonly query: K | null;
  readonly value: T | undefined;
  readonly latest: Answer<K, T> | undefined;
  readonly error: Error | null;
  readonly loading: boolean;
}

/**
 * The answer a replayed panel shows, with the query it answers (which its
 * heading must name): the current query's answer; while that loads, the
 * previous answer if it differs only in the date (so a replay does not
 * flicker); nothing when the current query failed, or when the previous
 * answer was for other parameters (another vendor, another "known at").
 */
export function answerOnScreen<K extends { asOf: string }, T>(
  resource: ResourceView<K, T>,
): Answer<K, T> | undefined {
  const { query, value, latest } = resource;
  if (query === null || resource.error !== null) return undefined;
  if (value !== undefined) return { query, value };
  if (!resource.loading || latest === undefined) return undefined;
  const apartFromDate = (of: K) => JSON.stringify({ ...of, asOf: null });
  return apartFromDate(latest.query) === apartFromDate(query) ? latest : undefined;
}
