import { problemTypes } from '../http/problem-details/problem.js';

export interface ProblemTypeEntry {
  /** The last segment of the type URI: /problems/{slug}. */
  readonly slug: string;
  readonly status: number;
  readonly title: string;
  /** What it means and what a client does about it. */
  readonly description: string;
}

/** What a client should know about each problem type, beyond its title. */
const descriptions: Record<string, string> = {
  'invalid-request':
    'The request does not match the schema: a query parameter, a header or the body. ' +
    '`errors` names each field (`data.scopes[0].deadline`). Fix the request; retrying it unchanged fails again.',
  unauthenticated:
    'No bearer token, or one the service does not know. Send `Authorization: Bearer <token>` ' +
    'with a token from the service’s LEDGER_TOKENS.',
  forbidden:
    'The token is known but its role may not do this (recording events needs the recorder role).',
  'not-found': 'No route at this path, or the ledger has no events about the actor asked for.',
  'method-not-allowed': 'The path exists but does not take this method.',
  'request-timeout':
    'The request’s headers or body did not arrive within the service’s timeouts; the connection is closed. Send it again.',
  'headers-too-large':
    'The request’s headers exceed what the service reads. Send fewer or shorter headers.',
  'version-conflict':
    'The actor’s stream is not at the version the request expected (`expected`, `actual`), or the ' +
    'event conflicts with what is recorded. Read the actor again and decide whether to resubmit.',
  'idempotency-conflict':
    'An event id is already recorded with different content, or a batch mixes recorded and new ids. ' +
    'An exact repeat is not a conflict: it answers the stored envelope again.',
  'payload-too-large':
    'The body exceeds the service’s limit (LEDGER_BODY_LIMIT_BYTES). Send smaller batches.',
  'unsupported-media-type': 'Writes take `application/json` encoded as UTF-8.',
  'domain-rule-violated':
    'The event is well formed but breaks a rule of the event model (`rule`, `code`), e.g. a status ' +
    'change of a measure that does not exist. Nothing was recorded.',
  'too-many-requests': 'Writes are rate limited. Wait for `Retry-After` seconds, then retry.',
  'internal-error':
    'The service failed to answer; the error is logged with the request id. Retrying may help.',
  unavailable:
    'The event log is unreachable, the writer was fenced, or the service is shutting down. ' +
    'Retry after `Retry-After` seconds: a write either was recorded or was not, and a retry with the same id is safe.',
};

/** Not one per status: a 409 can also be this. Its title is the one `to-problem.ts` sends. */
const extraTypes = [
  { type: '/problems/idempotency-conflict', status: 409, title: 'Event id conflict' },
];

/** Every problem type the service sends, each served as a page at its type URI. */
export const problemTypeCatalogue: readonly ProblemTypeEntry[] = [
  ...Object.entries(problemTypes).map(([status, entry]) => ({ ...entry, status: Number(status) })),
  ...extraTypes,
].map(({ type, status, title }) => {
  const slug = type.slice('/problems/'.length);
  return { slug, status, title, description: descriptions[slug] ?? title };
});
