import { toCsv } from '../../http/tabular.js';
import type { AnswerScope } from './answer-scope.js';

type Row = Record<string, unknown>;

/** A read answer before serialisation: the JSON document and, for CSV, its main table. */
export interface ComputedAnswer {
  readonly body: unknown;
  readonly table?: readonly Row[];
  readonly filename?: string;
  /** The body already serialised, when it was assembled from serialised parts: exactly `JSON.stringify(body)`. */
  readonly json?: string;
  /** What the answer read, when only computing it tells (overrides the caller's scope). */
  readonly scope?: AnswerScope;
}

/** An answer as sent, before the cache gives it a validator. */
export interface SerialisedAnswer {
  readonly body: Buffer;
  readonly contentType: string;
  readonly contentDisposition?: string;
  readonly scope?: AnswerScope;
}

/**
 * JSON, or CSV of the main table when asked and the answer has one. The
 * body gets a buffer of its own (never a slice of Node's shared pool), so a
 * read worker can transfer it instead of copying.
 */
export function serialiseAnswer(computed: ComputedAnswer, csv: boolean): SerialisedAnswer {
  const scope = computed.scope === undefined ? {} : { scope: computed.scope };
  if (csv && computed.table !== undefined) {
    return {
      body: ownBuffer(toCsv(computed.table)),
      contentType: 'text/csv; charset=utf-8',
      contentDisposition: `attachment; filename="${computed.filename ?? 'answer'}.csv"`,
      ...scope,
    };
  }
  return {
    body: ownBuffer(computed.json ?? JSON.stringify(computed.body)),
    contentType: 'application/json; charset=utf-8',
    ...scope,
  };
}

function ownBuffer(text: string): Buffer {
  const buffer = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  buffer.write(text, 'utf8');
  return buffer;
}
