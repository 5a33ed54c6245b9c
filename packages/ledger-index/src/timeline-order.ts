import type { Fact } from '@cleannet/domain';
import type { ActorTimeline } from './actor-timeline.js';
import { lowerBound, upperBound } from './search.js';

/**
 * Puts facts in their place on an actor's latest timeline (placed day, then
 * log position). The place is found in the timeline's `days` and
 * `positions`, numbers side by side, without reading the facts: each fact
 * lies wherever it was allocated, and comparing with them cost a cache miss
 * per fact compared. The arrays are shifted in place, without `splice`
 * (which also allocates the array of what it removed).
 */

/** The first entry not before (day, position) in timeline order; most facts go last. */
function indexFor(timeline: ActorTimeline, day: number, position: number): number {
  const { days, positions } = timeline;
  const count = days.length;
  if (count === 0) return 0;
  const lastDay = days[count - 1] as number;
  if (lastDay < day || (lastDay === day && (positions[count - 1] as number) < position))
    return count;
  let low = lowerBound(days, day);
  const high = upperBound(days, day);
  while (low < high && (positions[low] as number) < position) low += 1;
  return low;
}

function indexOf(timeline: ActorTimeline, fact: Fact): number {
  const index = indexFor(timeline, fact.day, fact.position);
  if (timeline.facts[index] !== fact)
    throw new Error(`fact ${fact.eventId} is not on ${timeline.actorId}'s timeline`);
  return index;
}

function changedFrom(timeline: ActorTimeline, index: number): void {
  timeline.validUpTo = Math.min(timeline.validUpTo, index);
  if (timeline.market !== undefined) timeline.market.stale = true;
}

export function insertFact(timeline: ActorTimeline, fact: Fact): void {
  const index = indexFor(timeline, fact.day, fact.position);
  insertAt(timeline.facts, index, fact);
  insertAt(timeline.days, index, fact.day);
  insertAt(timeline.positions, index, fact.position);
  changedFrom(timeline, index);
}

export function removeFact(timeline: ActorTimeline, fact: Fact): void {
  const index = indexOf(timeline, fact);
  removeAt(timeline.facts, index);
  removeAt(timeline.days, index);
  removeAt(timeline.positions, index);
  changedFrom(timeline, index);
}

/**
 * `removeFact(current)` then `insertFact(replacement)` (a correction), in one
 * move: only the entries between the old and the new place shift, not
 * everything after them twice.
 */
export function replaceFact(timeline: ActorTimeline, current: Fact, replacement: Fact): void {
  const from = indexOf(timeline, current);
  const found = indexFor(timeline, replacement.day, replacement.position);
  // `found` counts `current` itself when the replacement goes after it.
  const to = found > from ? found - 1 : found;
  moveTo(timeline.facts, from, to, replacement);
  moveTo(timeline.days, from, to, replacement.day);
  moveTo(timeline.positions, from, to, replacement.position);
  changedFrom(timeline, Math.min(from, to));
}

function insertAt<T>(values: T[], index: number, value: T): void {
  values.push(value);
  for (let at = values.length - 1; at > index; at -= 1) values[at] = values[at - 1] as T;
  values[index] = value;
}

function removeAt<T>(values: T[], index: number): void {
  for (let at = index; at < values.length - 1; at += 1) values[at] = values[at + 1] as T;
  values.pop();
}

/** Removes values[from] and puts `value` at `to` (an index in the array without it). */
function moveTo<T>(values: T[], from: number, to: number, value: T): void {
  for (let at = from; at < to; at += 1) values[at] = values[at + 1] as T;
  for (let at = from; at > to; at -= 1) values[at] = values[at - 1] as T;
  values[to] = value;
}
