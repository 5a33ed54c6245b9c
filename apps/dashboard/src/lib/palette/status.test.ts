import { describe, expect, it } from 'vitest';
import { mapStatuses, mapStatusOf, mapStatusStyles, marketStatusStyles } from './status.ts';

describe('status styles', () => {
  it('give every map status its own look: its colour, or its pattern over a shared one', () => {
    const looks = mapStatuses.map((status) => {
      const style = mapStatusStyles[status];
      return `${style.colour}/${style.pattern}/${style.ink ?? ''}`;
    });
    expect(new Set(looks).size).toBe(mapStatuses.length);
    const plain = mapStatuses.filter((status) => mapStatusStyles[status].pattern === 'none');
    const plainColours = plain.map((status) => mapStatusStyles[status].colour);
    expect(new Set(plainColours).size).toBe(plain.length);
  });

  it('draw a member whose reversal is dated within the period in member and reversed stripes', () => {
    const style = mapStatusStyles['reversal-dated-within'];
    expect(style.pattern).toBe('stripes');
    expect(style.colour).toBe(mapStatusStyles.member.colour);
    expect(style.ink).toBe(mapStatusStyles.reversed.colour);
  });

  it('give suspended and phase-out pending a cue besides colour, each a different one', () => {
    expect(mapStatusStyles.suspended.pattern).not.toBe('none');
    expect(mapStatusStyles['phase-out-pending'].pattern).not.toBe('none');
    expect(mapStatusStyles.suspended.pattern).not.toBe(
      mapStatusStyles['phase-out-pending'].pattern,
    );
    expect(marketStatusStyles.suspended.pattern).toBe(mapStatusStyles.suspended.pattern);
  });

  it('give every exposure band its own colour', () => {
    const colours = Object.values(marketStatusStyles).map((style) => style.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('mapStatusOf', () => {
  it('shows a country the ledger does not cover as no data', () => {
    expect(mapStatusOf('member', 'closed', false)).toBe('no-data');
  });

  it('lets a strong measure win over the commitment', () => {
    expect(mapStatusOf('member', 'closed', true)).toBe('banned');
    expect(mapStatusOf('reversed', 'suspended', true)).toBe('suspended');
    expect(mapStatusOf('none', 'phase-out-pending', true)).toBe('phase-out-pending');
  });

  it('shows a reversal over a mere restriction', () => {
    expect(mapStatusOf('reversed', 'restricted', true)).toBe('reversed');
    expect(mapStatusOf('reversed', 'open', true)).toBe('reversed');
    expect(mapStatusOf('member', 'restricted', true)).toBe('restricted');
  });

  it('cues a member whose reversal is dated within the period, unless a strong measure wins', () => {
    expect(mapStatusOf('member', 'open', true, true)).toBe('reversal-dated-within');
    expect(mapStatusOf('member', 'restricted', true, true)).toBe('reversal-dated-within');
    expect(mapStatusOf('member', 'closed', true, true)).toBe('banned');
    // not a member (yet, or any more): nothing to walk back at this date
    expect(mapStatusOf('none', 'open', true, true)).toBe('no-commitment');
    expect(mapStatusOf('reversed', 'open', true, true)).toBe('reversed');
  });

  it('falls back to the commitment, a weakened member still a member', () => {
    expect(mapStatusOf('member', 'open', true)).toBe('member');
    expect(mapStatusOf('weakened', undefined, true)).toBe('member');
    expect(mapStatusOf('none', 'open', true)).toBe('no-commitment');
    expect(mapStatusOf(undefined, undefined, true)).toBe('no-commitment');
  });
});
