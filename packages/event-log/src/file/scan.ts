import type { LogRecord, LoggableEvent } from '../event-log.js';
import { frameAt } from './frame.js';

export interface ScannedRecord<E extends LoggableEvent> {
  readonly record: LogRecord<E>;
  readonly byteOffset: number;
  readonly byteLength: number;
}

export type ScanStop =
  | { readonly kind: 'end' }
  | { readonly kind: 'torn'; readonly byteOffset: number }
  | {
      readonly kind: 'damaged';
      readonly byteOffset: number;
      /** The position the damaged record would hold if positions were dense. */
      readonly position: number;
      readonly reason: string;
    };

export interface Scan<E extends LoggableEvent> {
  readonly records: ScannedRecord<E>[];
  /** Where the intact records end. */
  readonly endOffset: number;
  readonly stop: ScanStop;
}

/**
 * Reads intact frames from `start` until the end, a torn tail or damage.
 * Positions must increase; recordedAt must not go backwards.
 */
export function scanFrames<E extends LoggableEvent>(
  buffer: Buffer,
  start = 0,
  previous?: { position: number; recordedAt: string },
): Scan<E> {
  const records: ScannedRecord<E>[] = [];
  let offset = start;
  let lastPosition = previous?.position ?? -1;
  let lastRecordedMs = previous ? Date.parse(previous.recordedAt) : Number.NEGATIVE_INFINITY;
  const stopAt = (stop: ScanStop): Scan<E> => ({ records, endOffset: offset, stop });

  while (offset < buffer.length) {
    const frame = frameAt(buffer, offset);
    if (frame.kind === 'torn') return stopAt({ kind: 'torn', byteOffset: offset });
    if (frame.kind === 'damaged') {
      return stopAt({
        kind: 'damaged',
        byteOffset: offset,
        position: lastPosition + 1,
        reason: frame.reason,
      });
    }
    const { position, recordedAt } = frame.payload;
    const recordedMs = Date.parse(recordedAt);
    if (position <= lastPosition || recordedMs < lastRecordedMs) {
      return stopAt({
        kind: 'damaged',
        byteOffset: offset,
        position,
        reason: `record out of order after position ${lastPosition}`,
      });
    }
    records.push({
      record: frame.payload as LogRecord<E>,
      byteOffset: offset,
      byteLength: frame.size,
    });
    lastPosition = position;
    lastRecordedMs = recordedMs;
    offset += frame.size;
  }
  return stopAt({ kind: 'end' });
}

/**
 * The next offset after `from` where an intact, in-order frame starts: where
 * reading can resume past a damaged region. Undefined when none does.
 */
export function findNextFrame(
  buffer: Buffer,
  from: number,
  after: { position: number; recordedAt: string } | undefined,
): number | undefined {
  const minPosition = after?.position ?? -1;
  const minMs = after ? Date.parse(after.recordedAt) : Number.NEGATIVE_INFINITY;
  for (let offset = buffer.indexOf('CNL1', from, 'latin1'); offset !== -1;) {
    const frame = frameAt(buffer, offset);
    if (
      frame.kind === 'frame' &&
      frame.payload.position > minPosition &&
      Date.parse(frame.payload.recordedAt) >= minMs
    ) {
      return offset;
    }
    offset = buffer.indexOf('CNL1', offset + 1, 'latin1');
  }
  return undefined;
}
