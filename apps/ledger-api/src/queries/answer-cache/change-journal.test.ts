import { describe, expect, it } from 'vitest';
import { mayChange, type AnswerScope, type AppliedEvent } from './answer-scope.js';
import { createChangeJournal } from './change-journal.js';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the change journal', () => {
  it('answers exactly as checking every event since, for every kind of scope', () => {
    const next = random(7);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
    const journal = createChangeJournal({ keep: 128 });
    const all: AppliedEvent[] = [];
    for (let n = 0; n < 1500; n += 1) {
      // Mostly days far in the past, so a block rarely reaches a scope: the summaries decide.
      const everything = next() < 0.01;
      const applied: AppliedEvent = {
        day: everything
          ? Number.NEGATIVE_INFINITY
          : Math.floor(next() * 1000) + (next() < 0.9 ? 500 : 0),
        recordedAtMs: n * 10,
        subject: pick(['BR', 'RO', 'operator:a']),
        newActor: next() < 0.02,
        everything,
        statesChanged: next() < 0.7,
      };
      all.push(applied);
      journal.push(applied);
      const scopes: AnswerScope[] = [
        { kind: 'as-of', untilDay: Math.floor(next() * 1500), knownAtMs: undefined },
        { kind: 'as-of', untilDay: 490, knownAtMs: undefined, listsActors: true },
        { kind: 'as-of', untilDay: 1200, knownAtMs: n * 5, actor: pick(['BR', 'RO']) },
        { kind: 'log-tail', knownAtMs: undefined },
        { kind: 'immutable' },
      ];
      const from = journal.start + Math.floor(next() * (journal.end - journal.start + 1));
      for (const scope of scopes) {
        const expected = all.slice(from).some((event) => mayChange(scope, event));
        expect(journal.mayChangeSince(scope, from), `${JSON.stringify(scope)} from ${from}`).toBe(
          expected,
        );
      }
    }
    // It forgot the oldest events, in whole blocks.
    expect(journal.start).toBeGreaterThan(0);
    expect(journal.start % 64).toBe(0);
    expect(journal.end).toBe(1500);
  });
});
