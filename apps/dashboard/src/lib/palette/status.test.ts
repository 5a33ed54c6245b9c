import { describe, expect, it } from 'vitest';
import { mapStatuses, mapStatusOf, mapStatusStyles, marketStatusStyles } from './status.ts';

describe('status styles', () => {
  it('give every map status its own colour', () => {
    const colours = mapStatuses.map((status) => mapStatusStyles[status].colour);
    expect(new Set(colours).size).toBe(mapStatuses.length);
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

  it('falls back to the commitment, a weakened member still a member', () => {
    expect(mapStatusOf('member', 'open', true)).toBe('member');
    expect(mapStatusOf('weakened', undefined, true)).toBe('member');
    expect(mapStatusOf('none', 'open', true)).toBe('no-commitment');
    expect(mapStatusOf(undefined, undefined, true)).toBe('no-commitment');
  });
});
