import { z } from 'zod';
import { boundedString, MAX_ID_LENGTH } from './bounds.js';

/**
 * Actor ids name their kind, so no registry is needed to tell kinds apart:
 * `BR`, `operator:telefonica`, `company:tsmc`, `bloc:eu`, `vendor:huawei`.
 * Whether a two-letter code is an assigned ISO code is a domain rule
 * (`unknown-country`), checked by the decider, not by the shape.
 */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const Alpha2Schema = z
  .string()
  .regex(/^[A-Z]{2}$/, {
    error: 'expected an ISO 3166-1 alpha-2 code such as "BR"',
    abort: true,
  })
  // Implied by the form; stated so that the JSON Schema says it too.
  .max(2);
export const OperatorIdSchema = actorIdOf('operator');
export const CompanyIdSchema = actorIdOf('company');
export const BlocIdSchema = actorIdOf('bloc');
export const VendorIdSchema = actorIdOf('vendor');

/** Anything that can commit: a country, an operator, a company or a bloc. */
export const ActorIdSchema = boundedString(MAX_ID_LENGTH).regex(
  new RegExp(`^(?:[A-Z]{2}|(?:operator|company|bloc):${SLUG})$`),
  'expected an actor id: an alpha-2 code, "operator:<slug>", "company:<slug>" or "bloc:<slug>"',
);

function actorIdOf(prefix: string) {
  return boundedString(MAX_ID_LENGTH).regex(
    new RegExp(`^${prefix}:${SLUG}$`),
    `expected "${prefix}:<slug>"`,
  );
}

export type Alpha2 = z.infer<typeof Alpha2Schema>;
export type OperatorId = z.infer<typeof OperatorIdSchema>;
export type CompanyId = z.infer<typeof CompanyIdSchema>;
export type BlocId = z.infer<typeof BlocIdSchema>;
export type VendorId = z.infer<typeof VendorIdSchema>;
export type ActorId = z.infer<typeof ActorIdSchema>;

export type ActorKind = 'country' | 'operator' | 'company' | 'bloc' | 'vendor';

export function actorKindOf(id: string): ActorKind {
  if (id.startsWith('operator:')) return 'operator';
  if (id.startsWith('company:')) return 'company';
  if (id.startsWith('bloc:')) return 'bloc';
  if (id.startsWith('vendor:')) return 'vendor';
  return 'country';
}
