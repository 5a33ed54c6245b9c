import type { Request } from 'express';

/**
 * The service's own absolute URL, for the links it writes into documents
 * (problem `type`s, the API documents' servers): LEDGER_PUBLIC_URL when set
 * (behind a proxy, or so that a forged Host cannot change the links), else
 * the scheme and Host of the request.
 */
export function publicBaseUrl(request: Request, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '');
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

/** `/problems/x` made absolute against the base; unchanged when the Host header makes no URL. */
export function absoluteProblemType(
  type: string,
  request: Request,
  configured: string | undefined,
): string {
  return resolveProblemType(type, publicBaseUrl(request, configured));
}

/** `/problems/x` made absolute against `base`; unchanged when the base makes no URL. */
export function resolveProblemType(type: string, base: string): string {
  try {
    return new URL(type, `${base.replace(/\/+$/, '')}/`).href;
  } catch {
    return type;
  }
}
