import { actorKindOf } from '../events/actor-ids.js';
import { isKnownCountryCode } from '../events/iso-countries.js';
import type { DomainError } from './errors.js';
import { errors } from './error-constructors.js';

/** The first two-letter code in an event that is not an assigned ISO code, if any. */
export function unknownCountryIn(
  subject: string,
  data: Record<string, unknown>,
  dataPath = 'data',
): DomainError | undefined {
  if (actorKindOf(subject) === 'country' && !isKnownCountryCode(subject)) {
    return errors.unknownCountry(subject, 'subject');
  }
  for (const field of ['homeCountry', 'counterparty'] as const) {
    const value = data[field];
    if (
      typeof value === 'string' &&
      actorKindOf(value) === 'country' &&
      !isKnownCountryCode(value)
    ) {
      return errors.unknownCountry(value, `${dataPath}.${field}`);
    }
  }
  return undefined;
}
