import { createHash } from 'node:crypto';
import type { CommitmentChange } from '@cleannet/domain';

/**
 * A change id, `<position>.<index>.<digest>`, names one change for good:
 *
 * - `position`: the log position of the event that caused it (positions never
 *   move: the repair tool leaves a quarantined record's position unused);
 * - `index`: its place among that event's changes (0 for the first);
 * - `digest`: 16 hex digits of a SHA-256 chain over the identity of every
 *   change up to and including this one.
 *
 * The digest is what makes a resume point checkable: if the history before
 * it differs (a repair quarantined an earlier record, or the id comes from
 * another ledger), the digest at that place differs too, and the stream says
 * so instead of resuming somewhere else.
 */
export interface ChangeKey {
  readonly position: number;
  readonly index: number;
  readonly digest: string;
}

const CHANGE_ID = /^(\d{1,15})\.(\d{1,6})\.([0-9a-f]{16})$/;
/** The ids of the stream before ids carried their history: plain sequence numbers. */
const LEGACY_ID = /^\d{1,15}$/;

export const CHANGE_ID_FORMAT = '<position>.<index>.<16 hex digits>';

export function formatChangeId(key: ChangeKey): string {
  return `${key.position}.${key.index}.${key.digest}`;
}

/** The key of a well-formed id, `legacy` for an old sequence number, undefined for anything else. */
export function parseChangeId(text: string): ChangeKey | 'legacy' | undefined {
  if (LEGACY_ID.test(text)) return 'legacy';
  const match = CHANGE_ID.exec(text);
  if (!match) return undefined;
  return { position: Number(match[1]), index: Number(match[2]), digest: match[3]! };
}

/** The digest before the first change. */
export const GENESIS_DIGEST = '';

/**
 * The next link of the chain. `identity` is what makes the change that change
 * (actor, dimension, before and after, cause), not every field it carries, so
 * a field added to changes in a later version does not invalidate stored ids.
 */
export function chainDigest(
  previous: string,
  position: number,
  index: number,
  identity: string,
): string {
  return createHash('sha256')
    .update(`${previous}\n${position}.${index}\n${identity}`)
    .digest('hex')
    .slice(0, 16);
}

/** What makes a commitment change that change, for its id's digest. */
export function commitmentChangeIdentity(change: CommitmentChange): string {
  const { actorId, dimension, measureId, before, after, causeEventId } = change;
  return `${actorId}\n${dimension}\n${measureId ?? ''}\n${before}\n${after}\n${causeEventId}`;
}
