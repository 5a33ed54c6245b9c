/**
 * "As the ledger knew it" (`knownAt`) as the service reads it: a day means
 * its last millisecond (UTC), anything else is an instant.
 */
export function knownAtInstant(knownAt: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(knownAt)
    ? Date.parse(`${knownAt}T23:59:59.999Z`)
    : Date.parse(knownAt);
}

/**
 * True when the view asks for the ledger as it knew it before it recorded
 * anything: every answer would be empty, which is no news about the world.
 */
export function knewNothingYet(
  knownAt: string | null,
  firstRecordedAt: string | undefined,
): boolean {
  if (knownAt === null || firstRecordedAt === undefined) return false;
  return knownAtInstant(knownAt) < Date.parse(firstRecordedAt);
}
