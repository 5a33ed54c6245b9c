import type { z } from 'zod';
import {
  LedgerEventSchema,
  ProposedEventSchema,
  type LedgerEvent,
  type ProposedEvent,
} from './envelope.js';
import { upcast } from '../upcasting/upcast.js';

export interface SchemaIssue {
  /** Readable location such as `data.scopes[0].deadline` (empty for the event itself). */
  readonly path: string;
  readonly message: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

export function issuesOf(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line per issue: `data.scopes[0].deadline: expected ...`. */
export function describeIssues(issues: readonly SchemaIssue[]): string {
  return issues
    .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
    .join('\n');
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error) };
}

/** Validates what a caller submits (schema version 1 only: callers write the current version). */
export function parseProposedEvent(input: unknown): ParseResult<ProposedEvent> {
  return parseWith(ProposedEventSchema, input);
}

/** Validates a stored event, upcasting older schema versions first. */
export function parseLedgerEvent(input: unknown): ParseResult<LedgerEvent> {
  const upcasted = upcast(input);
  if (!upcasted.ok) return upcasted;
  return parseWith(LedgerEventSchema, upcasted.value);
}
