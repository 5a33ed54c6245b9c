import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssues, parseLedgerEvent } from '../events/parse.js';
import { createUpcaster, type Upcaster } from './registry.js';

const samplesDir = join(import.meta.dirname, 'samples', 'v1');
const sampleFiles = readdirSync(samplesDir).filter((name) => name.endsWith('.json'));

describe('frozen version-1 samples', () => {
  it('cover every event kind', () => {
    const types = new Set(
      sampleFiles.map(
        (file) =>
          (JSON.parse(readFileSync(join(samplesDir, file), 'utf8')) as { type: string }).type,
      ),
    );
    expect([...types].sort()).toEqual([
      'BanEnacted',
      'CommitmentReversed',
      'EventCorrected',
      'EventRetracted',
      'MeasureAmended',
      'MeasureStatusChanged',
      'PledgeMade',
      'VendorsExcluded',
    ]);
  });

  it.each(sampleFiles)('%s always loads', (file) => {
    const result = parseLedgerEvent(JSON.parse(readFileSync(join(samplesDir, file), 'utf8')));
    expect(result.ok ? '' : describeIssues(result.issues)).toBe('');
  });
});

describe('the upcaster chain', () => {
  // A made-up evolution: v2 renames source.document to source.title, v3 adds a default.
  const toV2: Upcaster = {
    from: 1,
    up: ({ source, ...rest }) => {
      const { document, ...citation } = source as Record<string, unknown>;
      return { ...rest, source: { ...citation, title: document } };
    },
  };
  const toV3: Upcaster = {
    from: 2,
    up: (event) => ({ ...event, datacontenttype: 'application/json' }),
  };

  it('climbs one version at a time', () => {
    const upcast = createUpcaster([toV3, toV2], 3);
    const result = upcast({ schemaVersion: 1, source: { document: 'a.txt' } });
    expect(result).toEqual({
      ok: true,
      value: { schemaVersion: 3, source: { title: 'a.txt' }, datacontenttype: 'application/json' },
    });
  });

  it('leaves current events alone', () => {
    const upcast = createUpcaster([toV2], 2);
    expect(upcast({ schemaVersion: 2, source: { title: 'a' } })).toEqual({
      ok: true,
      value: { schemaVersion: 2, source: { title: 'a' } },
    });
  });

  it('refuses a registry with a gap', () => {
    expect(() => createUpcaster([toV3], 3)).toThrow(/no upcaster from version 1/);
  });

  it('reports a missing version', () => {
    const upcast = createUpcaster([], 1);
    expect(upcast({})).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
  });
});
