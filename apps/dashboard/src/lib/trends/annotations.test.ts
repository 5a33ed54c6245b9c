import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../api/types.ts';
import { change } from '../../testing/fixtures.ts';
import { measureAnnotations, placePartialDate, regressionMarkers } from './annotations.ts';

const names: Record<string, string> = { BR: 'Brazil', GB: 'United Kingdom', DE: 'Germany' };
const nameOf = (id: string) => names[id] ?? id;

function measureEvent(
  subject: string,
  type: string,
  effectiveAt: string,
  deadlines: (string | undefined)[],
): LedgerEvent {
  const event = {
    id: `${subject}-${effectiveAt}`,
    type,
    subject,
    effectiveAt,
    effectivePrecision:
      effectiveAt.length === 10 ? 'day' : effectiveAt.length === 7 ? 'month' : 'year',
    recordedAt: '2024-01-01T00:00:00Z',
    source: { document: 'test.txt', confidence: 'high' },
    data: {
      scopes: deadlines.map((deadline) => ({
        part: 'whole-network',
        generations: ['5g'],
        measure: deadline ? { kind: 'removal', deadline } : { kind: 'no-new-purchases' },
      })),
    },
  };
  // Only the fields the annotations read; the rest of the envelope does not matter here.
  return event as unknown as LedgerEvent;
}

it('places partial dates at the end of their period', () => {
  expect(placePartialDate('2027')).toBe('2027-12-31');
  expect(placePartialDate('2021-02')).toBe('2021-02-28');
  expect(placePartialDate('2020-07-14')).toBe('2020-07-14');
});

it('labels each regression by actor, what happened and the year', () => {
  const markers = regressionMarkers([change('BR', '2021-02-25', 'member', 'reversed')], nameOf);
  expect(markers).toEqual([
    { day: '2021-02-25', label: 'Brazil reverses (2021)', kind: 'regression', actorId: 'BR' },
  ]);
});

it('spans a regression dated only to a year or a month over that period', () => {
  const markers = regressionMarkers(
    [
      change('BR', '2021-12-31', 'member', 'reversed', 'year'),
      change('operator:kpn', '2022-03-31', 'member', 'weakened', 'month'),
    ],
    nameOf,
  );
  expect(markers).toEqual([
    {
      day: '2021-12-31',
      from: '2021-01-01',
      label: 'Brazil reverses (2021)',
      kind: 'regression',
      actorId: 'BR',
    },
    {
      day: '2022-03-31',
      from: '2022-03-01',
      label: 'operator:kpn weakens (Mar 2022)',
      kind: 'regression',
      actorId: 'operator:kpn',
    },
  ]);
});

describe('measureAnnotations', () => {
  it('marks bans and shades removals up to their latest deadline', () => {
    const { markers, periods } = measureAnnotations(
      [
        measureEvent('GB', 'BanEnacted', '2020-07-14', ['2027', '2023-12']),
        measureEvent('DE', 'VendorsExcluded', '2024-07', ['2026']),
      ],
      nameOf,
    );
    expect(markers).toEqual([
      { day: '2020-07-14', label: 'United Kingdom ban', kind: 'milestone', actorId: 'GB' },
    ]);
    expect(periods).toEqual([
      { from: '2020-07-14', to: '2027-12-31', label: 'United Kingdom phase-out to 2027' },
      { from: '2024-07-31', to: '2026-12-31', label: 'Germany phase-out to 2026' },
    ]);
  });

  it('shades nothing for a measure without a removal deadline', () => {
    const { periods } = measureAnnotations(
      [measureEvent('SE', 'BanEnacted', '2020-10-20', [undefined])],
      nameOf,
    );
    expect(periods).toEqual([]);
  });
});
