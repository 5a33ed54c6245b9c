import { SetMetadata } from '@nestjs/common';
import type { Role } from './token-table.js';

export const ACCESS_METADATA = 'cleannet:access';

/**
 * `write`: the caller needs the role. `read`: public unless the service is
 * configured with private reads, then any known token will do.
 */
export type AccessRule =
  { readonly kind: 'write'; readonly role: Role } | { readonly kind: 'read' };

export const RequiresRole = (role: Role) =>
  SetMetadata(ACCESS_METADATA, { kind: 'write', role } satisfies AccessRule);

export const ReadAccess = () => SetMetadata(ACCESS_METADATA, { kind: 'read' } satisfies AccessRule);
