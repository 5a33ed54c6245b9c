import {
  commandFor,
  decide,
  describeIssues,
  evolve,
  initialState,
  measureStatusOf,
  parseProposedEvent,
  parseReferenceData,
  pledgeStatusOf,
  type DeciderState,
} from '@cleannet/domain';
import { describe, expect, it } from 'vitest';
import { curatedHistory, referenceData } from '../index.js';
import { importHistory as importThroughDecider } from '../testing/ledger.js';

/** The decider's state after the ledger's import of the whole history. */
function importHistory(): { state: DeciderState; refusals: string[] } {
  const { events, refusals } = importThroughDecider();
  const state = initialState();
  for (const stored of events) evolve(state, stored);
  return { state, refusals };
}

describe('the curated history through the domain', () => {
  it.each(curatedHistory.map((event) => [event.id, event] as const))(
    '%s passes the event schemas',
    (_, event) => {
      const parsed = parseProposedEvent(event);
      expect(parsed.ok ? '' : describeIssues(parsed.issues)).toBe('');
    },
  );

  it('is accepted by the decider in export order, one ledger event per fact', () => {
    const { state, refusals } = importHistory();
    expect(refusals).toEqual([]);
    expect(state.events.size).toBe(curatedHistory.length);
  });

  it('is idempotent: importing the same events again changes nothing', () => {
    const { state } = importHistory();
    for (const event of curatedHistory) {
      const retry = decide(
        commandFor(event, { now: '2026-02-01T00:00:00.000Z', principal: 'dataset' }),
        state,
      );
      expect(retry).toEqual({ ok: true, events: [] });
    }
  });

  it('ends with Brazil reversed, the two Telefónica operators weakened and Hungary and Mexico never pledged', () => {
    const { state } = importHistory();
    expect(pledgeStatusOf(state, 'BR')).toBe('reversed');
    expect(pledgeStatusOf(state, 'operator:telefonica')).toBe('weakened');
    expect(pledgeStatusOf(state, 'operator:telefonica-deutschland')).toBe('weakened');
    expect(pledgeStatusOf(state, 'HU')).toBe('none');
    expect(pledgeStatusOf(state, 'MX')).toBe('none');
  });

  it('hands the domain reference data that passes its schema', () => {
    const parsed = parseReferenceData(referenceData);
    expect(parsed.ok ? '' : describeIssues(parsed.issues)).toBe('');
  });

  it("leaves Sweden's ban active after it was upheld", () => {
    const { state } = importHistory();
    expect(measureStatusOf(state, 'se-2020-5g-auction-conditions')).toBe('active');
  });
});
