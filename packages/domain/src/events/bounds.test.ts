import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  MAX_DOCUMENT_LENGTH,
  MAX_ID_LENGTH,
  MAX_INSTANT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PARTIAL_DATE_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_REF_LENGTH,
  MAX_URL_LENGTH,
} from './bounds.js';
import type { Citation } from './citation.js';
import { LedgerEventSchema, ProposedEventSchema } from './envelope.js';
import type { Scope } from './measure.js';
import { parseLedgerEvent, parseProposedEvent, type ParseResult } from './parse.js';
import { commandFor } from '../decider/commands.js';
import { decide } from '../decider/decide.js';
import { evolve, initialState } from '../decider/state.js';
import { pledgeData, proposal, stamp } from '../testing/builders.js';

/** A valid value of exactly `length` characters for a field of this form. */
type Fill = (length: number) => string;
const text: Fill = (length) => 'x'.repeat(length);
const eventId: Fill = (length) => 'e'.repeat(length);
const prefixed =
  (prefix: string): Fill =>
  (length) =>
    prefix + 'a'.repeat(length - prefix.length);
// Over the bound, these forms stop being well-formed: refused all the same.
const partialDate: Fill = (length) => '2020-11-10'.padEnd(length, '0');
const alpha2: Fill = (length) => 'BR'.padEnd(length, 'R');
const instant: Fill = (length) => `2024-01-01T00:00:00.${'1'.repeat(length - 21)}Z`;
const url: Fill = prefixed('https://example.org/');

const citationBounds = (at: string) =>
  [
    [`${at}.document`, MAX_DOCUMENT_LENGTH, text],
    [`${at}.refs[]`, MAX_REF_LENGTH, text],
    [`${at}.url`, MAX_URL_LENGTH, url],
    [`${at}.quote`, MAX_QUOTE_LENGTH, text],
    [`${at}.derivedFromAggregate`, MAX_QUOTE_LENGTH, text],
    [`${at}.note`, MAX_NOTE_LENGTH, text],
  ] as const;

/** Every string field of every event kind (`[]` is any array item), with its bound. */
const BOUNDS: readonly (readonly [path: string, max: number, fill: Fill])[] = [
  ['id', MAX_ID_LENGTH, eventId],
  ['subject', MAX_ID_LENGTH, prefixed('operator:')],
  ['effectiveAt', MAX_PARTIAL_DATE_LENGTH, partialDate],
  ['recordedAt', MAX_INSTANT_LENGTH, instant],
  ['recordedBy', MAX_ID_LENGTH, text],
  ...citationBounds('source'),
  ['data.actorName', MAX_NAME_LENGTH, text],
  ['data.homeCountry', 2, alpha2],
  ['data.counterparty', MAX_ID_LENGTH, prefixed('company:')],
  ['data.note', MAX_NOTE_LENGTH, text],
  ['data.measureId', MAX_ID_LENGTH, eventId],
  ['data.vendors.vendorIds[]', MAX_ID_LENGTH, prefixed('vendor:')],
  ['data.vendors.description', MAX_NOTE_LENGTH, text],
  ['data.vendors.knownAffected[]', MAX_ID_LENGTH, prefixed('vendor:')],
  ['data.scopes[].measure.deadline', MAX_PARTIAL_DATE_LENGTH, partialDate],
  ['data.target.measureId', MAX_ID_LENGTH, eventId],
  ['data.vendorsReadmitted[]', MAX_ID_LENGTH, prefixed('vendor:')],
  ['data.correctedEventId', MAX_ID_LENGTH, eventId],
  ['data.effectiveAt', MAX_PARTIAL_DATE_LENGTH, partialDate],
  ...citationBounds('data.source'),
  ['data.reason', MAX_NOTE_LENGTH, text],
  ['data.retractedEventId', MAX_ID_LENGTH, eventId],
];

const fullCitation: Citation = {
  document: 'report.txt',
  refs: ['3'],
  url: 'https://example.org/report',
  quote: 'a sentence',
  confidence: 'high',
  derivedFromAggregate: 'more than 60 nations',
  note: 'a note',
};

const scope: Scope = {
  part: 'core',
  generations: ['5g'],
  measure: { kind: 'removal', deadline: '2027' },
};

/** One event of each kind (two for the measure's vendor forms), every optional string filled. */
const EXAMPLES = [
  proposal('PledgeMade', 'pledge', 'operator:vivo', '2020-11-10', {
    ...pledgeData,
    actorName: 'Vivo',
    homeCountry: 'BR',
    counterparty: 'US',
    note: 'a note',
  }),
  proposal('VendorsExcluded', 'exclusion', 'operator:vivo', '2020-11-10', {
    measureId: 'vivo-core',
    vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
    scopes: [scope],
    instrument: 'operator-decision',
    note: 'a note',
  }),
  proposal('BanEnacted', 'ban', 'AU', '2020-11-10', {
    measureId: 'au-2018',
    vendors: { kind: 'criteria', description: 'high-risk vendors', knownAffected: ['vendor:zte'] },
    scopes: [scope],
    instrument: 'law',
    note: 'a note',
  }),
  proposal('MeasureStatusChanged', 'status', 'SE', '2020-11-10', {
    measureId: 'se-2020',
    change: 'suspended',
    by: 'court',
    note: 'a note',
  }),
  proposal('MeasureAmended', 'amendment', 'GB', '2020-11-10', {
    measureId: 'uk-2020',
    scopes: [scope],
    vendors: { kind: 'named', vendorIds: ['vendor:huawei'] },
    note: 'a note',
  }),
  proposal('CommitmentReversed', 'reversal', 'operator:vivo', '2020-11-10', {
    target: { kind: 'measure', measureId: 'vivo-core' },
    extent: 'partial',
    vendorsReadmitted: ['vendor:huawei'],
    partsReadmitted: ['ran'],
    note: 'a note',
  }),
  proposal('EventCorrected', 'correction', 'BR', '2020-11-10', {
    correctedEventId: 'pledge',
    effectiveAt: '2020',
    effectivePrecision: 'year',
    source: fullCitation,
    reason: 'a reason',
  }),
  proposal('EventRetracted', 'retraction', 'BR', '2020-11-10', {
    retractedEventId: 'pledge',
    reason: 'a reason',
  }),
].map((event) => ({ ...event, source: fullCitation }));

/** Each example as proposed and as stored, with the parser that reads it. */
const FORMS: readonly { event: object; parse: (input: unknown) => ParseResult<unknown> }[] = [
  ...EXAMPLES.map((event) => ({ event, parse: parseProposedEvent })),
  ...EXAMPLES.map((event) => ({
    event: stamp(event, '2024-01-01T00:00:00.000Z', 'recorder'),
    parse: parseLedgerEvent,
  })),
];

/** `data.scopes[].deadline` -> the keys to reach its first occurrence. */
function keysOf(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : part));
}

function has(event: object, path: string): boolean {
  let value: unknown = event;
  for (const key of keysOf(path)) value = (value as Record<string | number, unknown>)?.[key];
  return typeof value === 'string';
}

function withValue(event: object, path: string, value: string): object {
  const copy = structuredClone(event) as Record<string | number, unknown>;
  const keys = keysOf(path);
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[keys.at(-1)!] = value;
  return copy;
}

function issuePaths(result: ParseResult<unknown>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

describe('every string field of an event is bounded', () => {
  it('the examples are valid as they stand', () => {
    for (const { event, parse } of FORMS) expect(issuePaths(parse(event))).toEqual([]);
  });

  it.each(BOUNDS)(
    '%s: %i characters accepted, one more refused naming the path',
    (path, max, fill) => {
      const forms = FORMS.filter(({ event }) => has(event, path));
      expect(forms.length).toBeGreaterThan(0);
      const concretePath = path.replaceAll('[]', '[0]');
      for (const { event, parse } of forms) {
        expect(fill(max)).toHaveLength(max);
        expect(issuePaths(parse(withValue(event, path, fill(max))))).toEqual([]);
        expect(issuePaths(parse(withValue(event, path, fill(max + 1))))).toContain(concretePath);
      }
    },
  );

  it('refuses a 100,000-character subject with one issue naming it', () => {
    const subject = prefixed('operator:')(100_000);
    const result = parseProposedEvent(withValue(EXAMPLES[0]!, 'subject', subject));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'subject', message: `expected at most ${MAX_ID_LENGTH} characters` },
    ]);
  });
});

/**
 * Every string in a JSON Schema that has no fixed set of values, as
 * `[path, maxLength]`, once per kind that holds it (so a bound forgotten in
 * one kind is not hidden by another kind's).
 */
function stringFields(schema: unknown, path = ''): [string, unknown][] {
  const node = schema as Record<string, unknown>;
  const isFreeString =
    node.type === 'string' && node.enum === undefined && node.const === undefined;
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  return [
    ...(isFreeString ? [[path, node.maxLength] as [string, unknown]] : []),
    ...Object.entries((node.properties ?? {}) as Record<string, unknown>).flatMap(([key, child]) =>
      stringFields(child, at(key)),
    ),
    ...(node.items === undefined ? [] : stringFields(node.items, `${path}[]`)),
    ...((node.oneOf ?? node.anyOf ?? []) as unknown[]).flatMap((branch) =>
      stringFields(branch, path),
    ),
  ];
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

describe('the bounds table covers the schemas', () => {
  it.each([
    ['proposed', ProposedEventSchema],
    ['stored', LedgerEventSchema],
  ] as const)('every string of a %s event has the maxLength the table gives', (_, schema) => {
    const table = new Map(BOUNDS.map(([path, max]) => [path, max]));
    for (const [path, max] of stringFields(jsonSchemaOf(schema))) {
      expect({ path, max }).toEqual({ path, max: table.get(path) });
    }
  });

  it('names every field the schemas hold, and only those', () => {
    const paths = new Set(stringFields(jsonSchemaOf(LedgerEventSchema)).map(([path]) => path));
    expect([...paths].sort()).toEqual(BOUNDS.map(([path]) => path).sort());
  });
});

describe("a correction's new data is held to its kind's bounds", () => {
  const pledge = proposal('PledgeMade', 'br-pledge', 'BR', '2020-11', pledgeData);
  const state = evolve(initialState(), stamp(pledge, '2024-01-01T00:00:00.000Z'));
  const correctingNote = (note: string) =>
    commandFor(
      proposal('EventCorrected', 'fix', 'BR', '2020-11', {
        correctedEventId: 'br-pledge',
        data: { ...pledgeData, note },
        reason: 'the note was missing',
      }),
      { now: '2024-03-01T00:00:00.000Z', principal: 'analyst' },
    );

  it('accepts a note at the bound and refuses one past it, naming data.data.note', () => {
    expect(decide(correctingNote(text(MAX_NOTE_LENGTH)), state).ok).toBe(true);
    expect(decide(correctingNote(text(MAX_NOTE_LENGTH + 1)), state)).toMatchObject({
      ok: false,
      error: { code: 'kind-mismatch', issues: [{ path: 'data.data.note' }] },
    });
  });
});
