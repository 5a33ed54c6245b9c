import { dayNumber, type LedgerEvent } from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { appliedEvent, asOfScope, mayChange } from './answer-scope.js';

function event(fields: Partial<LedgerEvent> & Pick<LedgerEvent, 'type'>): LedgerEvent {
  return {
    id: 'e1',
    subject: 'BR',
    effectiveAt: '2021-06-01',
    effectivePrecision: 'day',
    recordedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  } as LedgerEvent;
}

/** The applied events folded into one predicate: may any of them change the scope? */
function summaryOf(...events: Array<[LedgerEvent, boolean]>) {
  return events.map(([applied, isNew]) => appliedEvent(applied, isNew));
}
const anyChanges = (
  scope: Parameters<typeof mayChange>[0],
  applied: ReturnType<typeof summaryOf>,
) => applied.some((one) => mayChange(scope, one));

describe('which applied events may change a cached answer', () => {
  const pledgeJune = summaryOf([event({ type: 'PledgeMade' }), false]);

  it('an event placed after asOf leaves the answer; one on or before asOf may change it', () => {
    expect(anyChanges(asOfScope({ asOf: '2021-05-31' }), pledgeJune)).toBe(false);
    expect(anyChanges(asOfScope({ asOf: '2021-06-01' }), pledgeJune)).toBe(true);
  });

  it('places a partial date at the end of its period, as the timeline does', () => {
    const year = summaryOf([event({ type: 'PledgeMade', effectiveAt: '2021' }), false]);
    expect(year[0]!.day).toBe(dayNumber('2021-12-31'));
    expect(anyChanges(asOfScope({ asOf: '2021-12-30' }), year)).toBe(false);
  });

  it('an event recorded after knownAt leaves an answer as known at knownAt', () => {
    const before = asOfScope({ asOf: '2022-01-01', knownAt: '2025-12-31T23:59:59.999Z' });
    const after = asOfScope({ asOf: '2022-01-01', knownAt: '2026-01-01T00:00:00.000Z' });
    expect(anyChanges(before, pledgeJune)).toBe(false);
    expect(anyChanges(after, pledgeJune)).toBe(true);
  });

  it("an actor's timeline changes only with events about that actor", () => {
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }, { actor: 'RO' }), pledgeJune)).toBe(false);
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }, { actor: 'BR' }), pledgeJune)).toBe(true);
  });

  it('corrections and retractions may move any fact: every day and actor', () => {
    const correction = summaryOf([
      event({ type: 'EventCorrected', subject: 'RO', effectiveAt: '2025-01-01' }),
      false,
    ]);
    expect(anyChanges(asOfScope({ asOf: '2019-01-01' }, { actor: 'BR' }), correction)).toBe(true);
    const retraction = summaryOf([event({ type: 'EventRetracted', subject: 'RO' }), false]);
    expect(anyChanges(asOfScope({ asOf: '2019-01-01' }), retraction)).toBe(true);
    // Still bounded by knownAt: it was not known then.
    expect(
      anyChanges(
        asOfScope({ asOf: '2019-01-01', knownAt: '2020-01-01T00:00:00.000Z' }),
        retraction,
      ),
    ).toBe(false);
  });

  it('the actor list gains a new actor whatever its dates and knownAt', () => {
    const newActor = summaryOf([event({ type: 'PledgeMade', subject: 'NZ' }), true]);
    const listScope = asOfScope(
      { asOf: '2019-01-01', knownAt: '2020-01-01T00:00:00.000Z' },
      { listsActors: true },
    );
    expect(anyChanges(listScope, newActor)).toBe(true);
    expect(anyChanges(listScope, pledgeJune)).toBe(false);
  });

  it('a full page of the log never changes; the last page changes with any known event', () => {
    expect(anyChanges({ kind: 'immutable' }, pledgeJune)).toBe(false);
    expect(anyChanges({ kind: 'log-tail', knownAtMs: undefined }, pledgeJune)).toBe(true);
    expect(anyChanges({ kind: 'log-tail', knownAtMs: Date.parse('2025-01-01') }, pledgeJune)).toBe(
      false,
    );
  });

  it('an event that changed no state leaves answers built from states, not its actor timeline or the log', () => {
    const repledge = [appliedEvent(event({ type: 'PledgeMade', subject: 'BR' }), false, false)];
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }), repledge)).toBe(false);
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }, { listsActors: true }), repledge)).toBe(
      false,
    );
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }, { actor: 'BR' }), repledge)).toBe(true);
    expect(anyChanges({ kind: 'log-tail', knownAtMs: undefined }, repledge)).toBe(true);
    // A new actor still joins the actor list.
    const first = [appliedEvent(event({ type: 'PledgeMade', subject: 'NZ' }), true, false)];
    expect(anyChanges(asOfScope({ asOf: '2022-01-01' }, { listsActors: true }), first)).toBe(true);
  });

  it('checks each event of a batch on its own', () => {
    const two = summaryOf(
      [event({ type: 'PledgeMade', subject: 'BR', effectiveAt: '2023-01-01' }), false],
      [event({ type: 'PledgeMade', subject: 'RO', effectiveAt: '2020-01-01' }), false],
    );
    expect(anyChanges(asOfScope({ asOf: '2021-01-01' }), two)).toBe(true);
    // BR's event is placed after asOf, RO's is about another actor.
    expect(anyChanges(asOfScope({ asOf: '2021-01-01' }, { actor: 'BR' }), two)).toBe(false);
    expect(anyChanges(asOfScope({ asOf: '2023-01-01' }, { actor: 'BR' }), two)).toBe(true);
    expect(anyChanges(asOfScope({ asOf: '2019-12-31' }), two)).toBe(false);
  });
});
