import type { CommitmentChange } from '@cleannet/domain';
import type { SequencedChange } from '../streams/changes/change-feed.js';

export const COMMITMENT_CHANGE_TYPE = 'org.cleannet.commitment-change.v1';
export const COMMITMENT_CHANGE_SOURCE = '/cleannet/ledger';

/** One commitment change as CloudEvents 1.0 JSON (structured mode), as published. */
export interface CommitmentChangeCloudEvent {
  readonly specversion: '1.0';
  /** The change's sequence number: the same id as on the SSE stream, stable across restarts. */
  readonly id: string;
  readonly type: typeof COMMITMENT_CHANGE_TYPE;
  readonly source: typeof COMMITMENT_CHANGE_SOURCE;
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly sequence: number;
  readonly data: CommitmentChange;
}

/** `causeRecordedAt`: when the ledger recorded the event that caused the change. */
export function toCloudEvent(
  { sequence, change }: SequencedChange<CommitmentChange>,
  causeRecordedAt: string,
): CommitmentChangeCloudEvent {
  return {
    specversion: '1.0',
    id: String(sequence),
    type: COMMITMENT_CHANGE_TYPE,
    source: COMMITMENT_CHANGE_SOURCE,
    subject: change.actorId,
    time: causeRecordedAt,
    datacontenttype: 'application/json',
    sequence,
    data: change,
  };
}

/** The sequence number a published record carries, or undefined for a record this service did not write. */
export function sequenceOf(value: Buffer | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    const parsed = JSON.parse(value.toString()) as Partial<CommitmentChangeCloudEvent>;
    if (parsed.type !== COMMITMENT_CHANGE_TYPE) return undefined;
    const sequence = Number(parsed.id);
    return Number.isSafeInteger(sequence) && sequence > 0 ? sequence : undefined;
  } catch {
    return undefined;
  }
}
