import fc from 'fast-check';
import { PROPOSED_EVENT_FIELDS } from '@cleannet/domain';
import { pledge } from './events.js';

/** One hostile request to a write route: the bytes, the content type, and what it tries. */
export interface HostileRequest {
  readonly route: '/v1/events' | '/v1/events/batch';
  readonly contentType: string | undefined;
  readonly body: string | Uint8Array;
  readonly kind: string;
}

let counter = 0;
/** A fresh valid event: if a hostile request were stored by mistake, its id would show it. */
function validEvent(): Record<string, unknown> {
  counter += 1;
  return pledge(`operator:fuzz-${counter}`, `fuzz-${counter}`);
}

/** Prefixed with a NUL, a string is never a valid id, enum, date or actor. */
const poisonedString = fc.string({ maxLength: 40 }).map((s) => `\u0000${s}`);

const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 4 }),
  poisonedString,
);

const impossibleDate = fc.oneof(
  fc.constantFrom(
    '2021-02-30',
    '2021-02-29',
    '2021-04-31',
    '2021-00-10',
    '2021-13-01',
    '2021-12-32',
    '0000-00-00',
    '2021-1-1',
    '21-01-01',
    '2021-W05',
    '+002021-01-01',
    '2021-01-01T25:00:00Z',
    '',
  ),
  fc
    .tuple(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 13, max: 99 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${m}-${String(d).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 32, max: 99 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`),
);

const unknownKey = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter(
    (key) => !(PROPOSED_EVENT_FIELDS as readonly string[]).includes(key) && key !== 'specversion',
  );

/** An event that breaks the schema in one of many ways (as a JS value). */
const invalidEventValue: fc.Arbitrary<{ value: unknown; kind: string }> = fc.oneof(
  fc.anything({ maxDepth: 3 }).map((value) => ({ value, kind: 'anything' })),
  fc
    .tuple(fc.constantFrom(...PROPOSED_EVENT_FIELDS), wrongValue)
    .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(pledge('x', 'x')[field]))
    .map(([field, value]) => ({
      value: { ...validEvent(), [field]: value },
      kind: `wrong type for ${field}`,
    })),
  fc.constantFrom(...PROPOSED_EVENT_FIELDS).map((field) => {
    const event = validEvent();
    delete event[field];
    return { value: event, kind: `missing ${field}` };
  }),
  fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([key, extra]) => ({
    value: { ...validEvent(), [key]: extra },
    kind: 'unknown field',
  })),
  impossibleDate.map((date) => ({
    value: { ...validEvent(), effectiveAt: date },
    kind: 'impossible date in effectiveAt',
  })),
);

/** JSON text for the body: the forbidden-key and deep-nesting cases cannot be built as JS values. */
const invalidEventText: fc.Arbitrary<{ text: string; kind: string }> = fc.oneof(
  {
    weight: 6,
    arbitrary: invalidEventValue.map(({ value, kind }) => ({
      text: JSON.stringify(value) ?? 'null',
      kind,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom('top', 'data', 'source'),
      )
      .map(([key, where]) => {
        const event = JSON.stringify(validEvent());
        const injected = `"${key}":{"isAdmin":true,"polluted":1},`;
        const text =
          where === 'top'
            ? event.replace('{', `{${injected}`)
            : event.replace(`"${where}":{`, `"${where}":{${injected}`);
        return { text, kind: `${key} key in ${where}` };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 500, max: 20_000 }), fc.boolean())
      .map(([depth, arrays]) => {
        const event = validEvent();
        const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
        const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const text = JSON.stringify({ ...event, data: '<nested>' }).replace('"<nested>"', nested);
        return { text, kind: `nesting depth ${depth}` };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('id', 'type', 'subject', 'effectiveAt'),
        fc.integer({ min: 10_000, max: 100_000 }),
      )
      .map(([field, length]) => ({
        text: JSON.stringify({ ...validEvent(), [field]: 'x'.repeat(length) }),
        kind: `huge string in ${field}`,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 60 }).map((text) => ({ text, kind: 'not JSON' })),
  },
);

const encoder = new TextEncoder();

/** Invalid UTF-8 bytes inside a field the schema would refuse anyway (the id). */
const invalidUtf8InInvalidEvent = fc
  .uint8Array({ minLength: 1, maxLength: 4 })
  .map((bytes) => bytes.map((byte) => 0x80 | (byte & 0x3f) | 0x40)) // lone 0xC0-0xFF lead bytes
  .map((bad) => ({
    bytes: spliceIntoId(JSON.stringify(validEvent()), bad),
    kind: 'invalid UTF-8 in id',
  }));

/** Invalid UTF-8 bytes inside `source.document` of an otherwise valid event. */
export const invalidUtf8InValidEvent = fc
  .uint8Array({ minLength: 1, maxLength: 4 })
  .map((bytes) => bytes.map((byte) => 0xf8 | (byte & 0x07)))
  .map((bad) => {
    const text = JSON.stringify(validEvent());
    const at = text.indexOf('reliability-test.txt');
    const head = encoder.encode(text.slice(0, at));
    const tail = encoder.encode(text.slice(at));
    return { bytes: concat(head, bad, tail), kind: 'invalid UTF-8 in source.document' };
  });

function spliceIntoId(text: string, bad: Uint8Array): Uint8Array {
  const at = text.indexOf('"fuzz-') + 1;
  return concat(encoder.encode(text.slice(0, at)), bad, encoder.encode(text.slice(at)));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const wrongContentType = fc.constantFrom(
  undefined,
  'text/plain',
  'text/json',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  'application/jsonx',
  'json',
);

/** Requests to POST /v1/events. */
export const hostileSingle: fc.Arbitrary<HostileRequest> = fc.oneof(
  {
    weight: 10,
    arbitrary: invalidEventText.map(({ text, kind }) => ({
      route: '/v1/events' as const,
      contentType: 'application/json',
      body: text,
      kind,
    })),
  },
  {
    weight: 1,
    arbitrary: invalidUtf8InInvalidEvent.map(({ bytes, kind }) => ({
      route: '/v1/events' as const,
      contentType: 'application/json',
      body: bytes,
      kind,
    })),
  },
  {
    weight: 2,
    arbitrary: wrongContentType.map((contentType) => ({
      route: '/v1/events' as const,
      contentType,
      body: encoder.encode(JSON.stringify(validEvent())),
      kind: `valid event as ${contentType ?? 'no content type'}`,
    })),
  },
);

/** Requests to POST /v1/events/batch: each batch holds at least one bad part. */
export const hostileBatch: fc.Arbitrary<HostileRequest> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 5 }), invalidEventText, fc.integer({ min: 0, max: 5 }))
      .map(([before, bad, after]) => {
        const good = (n: number) => Array.from({ length: n }, () => JSON.stringify(validEvent()));
        const items = [...good(before), bad.text, ...good(after)];
        return {
          route: '/v1/events/batch' as const,
          contentType: 'application/json',
          body: `{"events":[${items.join(',')}]}`,
          kind: `batch with ${bad.kind} at ${before}`,
        };
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.anything({ maxDepth: 2 }).filter((v) => !Array.isArray(v)),
        fc.constant([]),
        fc.constant(Array.from({ length: 501 }, () => validEvent())),
      )
      .map((events) => ({
        route: '/v1/events/batch' as const,
        contentType: 'application/json',
        body: JSON.stringify({ events }),
        kind: Array.isArray(events) ? `batch of ${events.length}` : 'events not an array',
      })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(unknownKey, wrongContentType).map(([key, contentType]) => ({
      route: '/v1/events/batch' as const,
      contentType: key.length % 2 === 0 ? contentType : 'application/json',
      body: JSON.stringify({
        events: [validEvent()],
        ...(key.length % 2 === 0 ? {} : { [key]: 1 }),
      }),
      kind:
        key.length % 2 === 0
          ? `batch as ${contentType ?? 'no content type'}`
          : 'batch with unknown field',
    })),
  },
);
