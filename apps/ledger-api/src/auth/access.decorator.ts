import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Role } from './token-table.js';

export const ACCESS_METADATA = 'cleannet:access';

/** The OpenAPI security scheme of the tokens (docs/openapi.ts defines it). */
export const BEARER_SCHEME = 'bearer';

/**
 * `write`: the caller needs the role. `read`: public unless the service is
 * configured with private reads, then any known token will do.
 */
export type AccessRule =
  { readonly kind: 'write'; readonly role: Role } | { readonly kind: 'read' };

// Each rule also documents itself in OpenAPI, so the document cannot disagree with the guard.
export const RequiresRole = (role: Role) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'write', role } satisfies AccessRule),
    ApiSecurity(BEARER_SCHEME),
  );

export const ReadAccess = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'read' } satisfies AccessRule),
    // Anonymous, or a token when LEDGER_PRIVATE_READS is set.
    ApiSecurity({}),
    ApiSecurity(BEARER_SCHEME),
  );
