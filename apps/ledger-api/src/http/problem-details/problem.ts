/** One field or rule a request broke, named so a client can point at it. */
export interface ProblemFieldError {
  readonly path: string;
  readonly message: string;
}

/** An RFC 9457 problem document, as sent with `application/problem+json`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly ProblemFieldError[];
  /** Extension members, e.g. the conflicting versions or the domain error code. */
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types as paths; sent as absolute URLs against the service's public URL (problem-types/). */
export const problemTypes = {
  400: { type: '/problems/invalid-request', title: 'Invalid request' },
  401: { type: '/problems/unauthenticated', title: 'Authentication required' },
  403: { type: '/problems/forbidden', title: 'Forbidden' },
  404: { type: '/problems/not-found', title: 'Not found' },
  405: { type: '/problems/method-not-allowed', title: 'Method not allowed' },
  408: { type: '/problems/request-timeout', title: 'Request timeout' },
  409: { type: '/problems/version-conflict', title: 'Version conflict' },
  413: { type: '/problems/payload-too-large', title: 'Payload too large' },
  415: { type: '/problems/unsupported-media-type', title: 'Unsupported media type' },
  431: { type: '/problems/headers-too-large', title: 'Request header fields too large' },
  422: { type: '/problems/domain-rule-violated', title: 'Domain rule violated' },
  429: { type: '/problems/too-many-requests', title: 'Too many requests' },
  500: { type: '/problems/internal-error', title: 'Internal error' },
  503: { type: '/problems/unavailable', title: 'Service unavailable' },
} as const;

export type ProblemStatus = keyof typeof problemTypes;

export function problem(
  status: ProblemStatus,
  detail: string,
  extra: Omit<Partial<Problem>, 'status' | 'detail'> = {},
): Problem {
  return { ...problemTypes[status], status, detail, ...extra };
}
