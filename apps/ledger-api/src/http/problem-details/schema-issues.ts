import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ProblemError } from './problem-error.js';

function pathOf(issue: StandardSchemaV1.Issue): string {
  let text = '';
  for (const segment of issue.path ?? []) {
    const key = typeof segment === 'object' ? segment.key : segment;
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text || '(value)';
}

/** Turns schema issues from the validation pipe into a 400 naming each field. */
export function schemaIssuesToProblem(issues: readonly StandardSchemaV1.Issue[]): ProblemError {
  const errors = issues.map((issue) => ({ path: pathOf(issue), message: issue.message }));
  const first = errors[0];
  return ProblemError.badRequest(
    first ? `${first.path}: ${first.message}` : 'The request is not valid.',
    errors,
  );
}
