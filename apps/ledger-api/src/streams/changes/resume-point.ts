import type { ChangeFeed, ResumePoint } from './change-feed.js';
import { parseChangeId } from './change-id.js';

/**
 * Where a stream that resumes after `lastEventId` starts: from the first
 * change when there is none, after the change it names, or with a resync
 * notice when this ledger's history does not contain it. Undefined when the
 * text is not a change id at all (the caller answers 400).
 */
export function resumePointFor(
  feed: ChangeFeed<unknown>,
  lastEventId: string | undefined,
): ResumePoint | undefined {
  if (lastEventId === undefined || lastEventId === '') return { kind: 'after', next: 0 };
  const key = parseChangeId(lastEventId);
  if (key === undefined) return undefined;
  if (key === 'legacy') {
    return {
      kind: 'resync',
      reason: 'unverifiable-id',
      detail: `${lastEventId} is a change number from before change ids carried their history; it cannot be checked against this ledger.`,
    };
  }
  return feed.resumeAfter(key);
}
