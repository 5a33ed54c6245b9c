import type { CommitmentChange } from '@cleannet/domain';
import type { FeedEntry } from '../streams/changes/change-feed.js';

export const COMMITMENT_CHANGE_TYPE = 'org.cleannet.commitment-change.v1';
export const COMMITMENT_CHANGE_SOURCE = '/cleannet/ledger';

/** One commitment change as CloudEvents 1.0 JSON (structured mode), as published. */
export interface CommitmentChangeCloudEvent {
  readonly specversion: '1.0';
  /** The change id (`<position>.<index>.<digest>`): the same as on the SSE stream, stable across restarts. */
  readonly id: string;
  readonly type: typeof COMMITMENT_CHANGE_TYPE;
  readonly source: typeof COMMITMENT_CHANGE_SOURCE;
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: CommitmentChange;
}

/** `causeRecordedAt`: when the ledger recorded the event that caused the change. */
export function toCloudEvent(
  { id, change }: FeedEntry<CommitmentChange>,
  causeRecordedAt: string,
): CommitmentChangeCloudEvent {
  return {
    specversion: '1.0',
    id,
    type: COMMITMENT_CHANGE_TYPE,
    source: COMMITMENT_CHANGE_SOURCE,
    subject: change.actorId,
    time: causeRecordedAt,
    datacontenttype: 'application/json',
    data: change,
  };
}

/** The change id a published record carries, or undefined for a record this service did not write. */
export function changeIdOf(value: Buffer | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const parsed = JSON.parse(value.toString()) as Partial<CommitmentChangeCloudEvent>;
    if (parsed.type !== COMMITMENT_CHANGE_TYPE || typeof parsed.id !== 'string') return undefined;
    return parsed.id;
  } catch {
    return undefined;
  }
}
