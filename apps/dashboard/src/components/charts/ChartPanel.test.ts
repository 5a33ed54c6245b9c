import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, expect, it, vi } from 'vitest';
import type { TableData } from '../../lib/csv/tableData.ts';
import ChartPanel from './ChartPanel.svelte';

const full: TableData = {
  columns: [
    { key: 'period', label: 'Month ending' },
    { key: 'value', label: 'Member countries', numeric: true },
  ],
  rows: [
    { period: '2020-10-31', value: 10 },
    { period: '2020-11-30', value: 12 },
  ],
};
const visible: TableData = { ...full, rows: full.rows.slice(0, 1) };
const chart = createRawSnippet(() => ({ render: () => '<div data-testid="chart">chart</div>' }));

afterEach(() => vi.restoreAllMocks());

function setup() {
  render(ChartPanel, {
    title: 'Member countries',
    visible,
    full,
    fileParts: ['trends', 'countries', '2020-10-31'],
    chart,
  });
}

it('switches between the chart and its table view', async () => {
  setup();
  expect(screen.getByTestId('chart')).toBeTruthy();
  await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
  expect(screen.queryByTestId('chart')).toBeNull();
  const cells = screen
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));
  expect(cells).toEqual([
    ['Month ending', 'Member countries'],
    ['2020-10-31', '10'],
  ]);
  await fireEvent.click(screen.getByRole('button', { name: 'Chart' }));
  expect(screen.getByTestId('chart')).toBeTruthy();
});

it('downloads the visible range and the full data as named CSV files', async () => {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs[Number(this.href.split(':').at(-1)) - 1]! });
  });
  setup();
  await fireEvent.click(screen.getByRole('button', { name: 'CSV (visible)' }));
  await fireEvent.click(screen.getByRole('button', { name: 'CSV (full)' }));
  expect(downloads.map((download) => download.name)).toEqual([
    'trends-countries-2020-10-31-visible.csv',
    'trends-countries-2020-10-31-full.csv',
  ]);
  const [visibleCsv, fullCsv] = await Promise.all(
    downloads.map((download) => download.blob.text()),
  );
  expect(visibleCsv?.split('\r\n')).toEqual(['Month ending,Member countries', '2020-10-31,10']);
  expect(fullCsv?.split('\r\n')).toHaveLength(3);
});
