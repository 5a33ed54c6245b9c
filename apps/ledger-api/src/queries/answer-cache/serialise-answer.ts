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

/** JSON, or CSV of the main table when asked and the answer has one. */
export function serialiseAnswer(computed: ComputedAnswer, csv: boolean): SerialisedAnswer {
  const scope = computed.scope === undefined ? {} : { scope: computed.scope };
  if (csv && computed.table !== undefined) {
    return {
      body: Buffer.from(toCsv(computed.table), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      contentDisposition: `attachment; filename="${computed.filename ?? 'answer'}.csv"`,
      ...scope,
    };
  }
  return {
    body: Buffer.from(computed.json ?? JSON.stringify(computed.body), 'utf8'),
    contentType: 'application/json; charset=utf-8',
    ...scope,
  };
}
