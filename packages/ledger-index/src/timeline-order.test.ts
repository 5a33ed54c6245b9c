import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFacts, type Fact } from '@cleannet/domain';
import { newActorTimeline } from './actor-timeline.js';
import { IndexWorkspace } from './index-workspace.js';
import { insertFact, removeFact, replaceFact } from './timeline-order.js';

const fact = (position: number, day: number): Fact =>
  ({ position, day, eventId: `e${position}` }) as Fact;

describe('timeline order', () => {
  it('keeps facts sorted by (day, position), with days and positions beside them, through inserts, removals and replacements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(6), fc.nat(2), fc.nat(30)), { maxLength: 40 }),
        (steps) => {
          const timeline = newActorTimeline('BR', new IndexWorkspace());
          const live: Fact[] = [];
          steps.forEach(([day, action, pick], position) => {
            const target = live[pick % Math.max(live.length, 1)];
            if (action === 0 || target === undefined) {
              const added = fact(position, day);
              insertFact(timeline, added);
              live.push(added);
            } else if (action === 1) {
              removeFact(timeline, target);
              live.splice(live.indexOf(target), 1);
            } else {
              const corrected = fact(target.position, day);
              timeline.validUpTo = timeline.facts.length;
              const expectedFrom = Math.min(
                [...live].sort(compareFacts).indexOf(target),
                [...live.filter((f) => f !== target), corrected]
                  .sort(compareFacts)
                  .indexOf(corrected),
              );
              replaceFact(timeline, target, corrected);
              expect(timeline.validUpTo).toBe(expectedFrom);
              live[live.indexOf(target)] = corrected;
            }
            const sorted = [...live].sort(compareFacts);
            expect(timeline.facts).toEqual(sorted);
            expect(timeline.days).toEqual(sorted.map((f) => f.day));
            expect(timeline.positions).toEqual(sorted.map((f) => f.position));
          });
        },
      ),
    );
  });
});
