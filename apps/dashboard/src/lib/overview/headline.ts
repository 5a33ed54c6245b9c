import type { Membership } from '../api/types.ts';

export interface Headline {
  id: string;
  label: string;
  value: string;
  /** Signed change since the comparison date, null when there is nothing to compare with. */
  change: string | null;
  direction: 'up' | 'down' | 'same' | null;
  note?: string;
}

const whole = new Intl.NumberFormat('en-GB');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const percentPoints = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  signDisplay: 'always',
});

const plural = new Intl.PluralRules('en-GB');

/** "1 member", "3 members": the count with the noun agreeing. */
function counted(count: number, one: string, other: string): string {
  return `${whole.format(count)} ${plural.select(count) === 'one' ? one : other}`;
}

function direction(delta: number): Headline['direction'] {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

function countFigure(
  id: string,
  label: string,
  now: number,
  then: number | undefined,
  format: Intl.NumberFormat = whole,
): Headline {
  if (then === undefined)
    return { id, label, value: format.format(now), change: null, direction: null };
  const delta = now - then;
  return {
    id,
    label,
    value: format.format(now),
    change: `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${format.format(Math.abs(delta))}`,
    direction: direction(delta),
  };
}

/**
 * The overview's headline numbers for a date, each with its change since the
 * comparison date. A share the ledger cannot compute is shown as unknown,
 * never as zero.
 */
export function headlineFigures(now: Membership, then: Membership | null): Headline[] {
  const share = now.gdp.share;
  const thenShare = then?.gdp.share ?? null;
  const gdp: Headline = {
    id: 'gdp-share',
    label: 'Share of world GDP',
    value: share === null ? 'unknown' : percent.format(share),
    change:
      share === null || thenShare === null
        ? null
        : `${percentPoints.format((share - thenShare) * 100)} pts`,
    direction: share === null || thenShare === null ? null : direction(share - thenShare),
    note:
      now.missing.gdp.length > 0
        ? `GDP of ${now.gdp.year}; ${counted(now.missing.gdp.length, 'member', 'members')} without a figure`
        : `GDP of ${now.gdp.year}`,
  };
  const subscribers = countFigure(
    'subscribers',
    'Subscribers covered',
    now.subscribers.covered,
    then?.subscribers.covered,
    compact,
  );
  subscribers.note = `${counted(now.subscribers.operatorsWithFigure, 'operator', 'operators')} with a figure`;
  const blocs = now.blocs.map((bloc) => {
    const before = then?.blocs.find((other) => other.blocId === bloc.blocId);
    return {
      ...countFigure(`bloc-${bloc.blocId}`, bloc.name, bloc.committed, before?.committed),
      value: bloc.label,
    };
  });
  return [
    countFigure('countries', 'Member countries', now.counts.country, then?.counts.country),
    gdp,
    countFigure('operators', 'Clean operators', now.counts.operator, then?.counts.operator),
    subscribers,
    ...blocs,
  ];
}
