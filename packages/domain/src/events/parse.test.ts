import { describe, expect, it } from 'vitest';
import { describeIssues, parseLedgerEvent, parseProposedEvent } from './parse.js';
import { ISO_ALPHA2_CODES } from './iso-countries.js';
import { actorKindOf } from './actor-ids.js';

const pledge = {
  id: 'br-2020-pledge',
  type: 'PledgeMade',
  subject: 'BR',
  effectiveAt: '2020-11-10',
  effectivePrecision: 'day',
  schemaVersion: 1,
  source: { document: '000_8962080591705c37.txt', refs: ['3'], confidence: 'high' },
  data: { instrument: 'statement', programme: 'clean-network', pillars: ['carrier'] },
};

const ban = {
  id: 'uk-2020-purge',
  type: 'BanEnacted',
  subject: 'GB',
  effectiveAt: '2020-07',
  effectivePrecision: 'month',
  schemaVersion: 1,
  source: { document: 'uk.txt', confidence: 'high' },
  data: {
    measureId: 'uk-2020-huawei-purge',
    vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
    scopes: [
      {
        part: 'whole-network',
        generations: ['5g'],
        measure: { kind: 'removal', deadline: '2027' },
      },
    ],
    instrument: 'law',
  },
};

function firstIssue(input: unknown): string {
  const result = parseProposedEvent(input);
  if (result.ok) throw new Error('expected a rejection');
  return describeIssues(result.issues);
}

describe('proposed events', () => {
  it('accepts a well-formed pledge and ban', () => {
    expect(parseProposedEvent(pledge).ok).toBe(true);
    expect(parseProposedEvent(ban).ok).toBe(true);
  });

  it('names the path of a bad deadline', () => {
    const bad = structuredClone(ban);
    bad.data.scopes[0]!.measure.deadline = '2027-13';
    expect(firstIssue(bad)).toMatch(/^data\.scopes\[0\]\.measure\.deadline: expected a date/);
  });

  it('rejects unknown fields at every level', () => {
    expect(firstIssue({ ...pledge, colour: 'green' })).toMatch(/colour/);
    expect(firstIssue({ ...pledge, data: { ...pledge.data, extra: 1 } })).toMatch(/^data: .*extra/);
    expect(firstIssue({ ...pledge, source: { ...pledge.source, page: 4 } })).toMatch(
      /^source: .*page/,
    );
  });

  it('rejects a precision that disagrees with the date', () => {
    expect(firstIssue({ ...pledge, effectivePrecision: 'month' })).toMatch(/^effectivePrecision: /);
  });

  it('rejects fields the ledger sets', () => {
    expect(firstIssue({ ...pledge, recordedAt: '2024-01-01T00:00:00Z' })).toMatch(/recordedAt/);
  });

  it('rejects a vendor as the subject of a pledge', () => {
    expect(firstIssue({ ...pledge, subject: 'vendor:huawei' })).toMatch(
      /^subject: expected an actor id/,
    );
  });

  it('rejects an unknown kind', () => {
    expect(firstIssue({ ...pledge, type: 'PledgeBroken' })).toMatch(/^type: /);
  });

  it('requires a correction to change something and to move date and precision together', () => {
    const correction = {
      ...pledge,
      id: 'fix-1',
      type: 'EventCorrected',
      data: { correctedEventId: 'br-2020-pledge', reason: 'typo' },
    };
    expect(firstIssue(correction)).toMatch(/^data\.reason: a correction changes at least one/);
    expect(
      firstIssue({ ...correction, data: { ...correction.data, effectiveAt: '2020-11' } }),
    ).toMatch(/^data\.effectivePrecision: /);
  });
});

describe('stored events', () => {
  const stored = {
    specversion: '1.0',
    ...pledge,
    recordedAt: '2024-01-01T00:00:00.000Z',
    recordedBy: 'dataset',
  };

  it('accepts a stamped event', () => {
    expect(parseLedgerEvent(stored).ok).toBe(true);
  });

  it('requires the stamp', () => {
    const { recordedAt: _omitted, ...unstamped } = stored;
    const result = parseLedgerEvent(unstamped);
    expect(result.ok).toBe(false);
  });

  it('refuses a version newer than the reader', () => {
    const result = parseLedgerEvent({ ...stored, schemaVersion: 2 });
    expect(result.ok ? '' : describeIssues(result.issues)).toMatch(
      /^schemaVersion: version 2 is newer/,
    );
  });
});

describe('actor ids', () => {
  it('knows 249 ISO codes plus Kosovo', () => {
    expect(ISO_ALPHA2_CODES.size).toBe(250);
    expect(ISO_ALPHA2_CODES.has('XK')).toBe(true);
    expect(ISO_ALPHA2_CODES.has('TW')).toBe(true);
    expect(ISO_ALPHA2_CODES.has('UK')).toBe(false);
  });

  it('tells kinds apart by form', () => {
    expect(actorKindOf('BR')).toBe('country');
    expect(actorKindOf('operator:telefonica')).toBe('operator');
    expect(actorKindOf('bloc:eu')).toBe('bloc');
    expect(actorKindOf('vendor:zte')).toBe('vendor');
  });
});
