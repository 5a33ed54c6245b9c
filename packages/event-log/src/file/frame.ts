import { crc32 } from 'node:zlib';

/**
 * One record on disk:
 *
 *   magic "CNL1" | payload length u32 | payload crc32 u32 | header crc32 u32 | payload
 *
 * integers big-endian, payload UTF-8 JSON `{"position","recordedAt","event"}`.
 * The header has its own checksum so that a damaged length is detected as
 * damage rather than mistaken for a record cut short at the end of the file.
 */
export const frameMagic = Buffer.from('CNL1', 'latin1');
export const headerSize = 16;

export interface StoredPayload {
  readonly position: number;
  readonly recordedAt: string;
  readonly event: unknown;
}

export function encodeFrame(position: number, recordedAt: string, eventJson: string): Buffer {
  const payload = Buffer.from(
    `{"position":${position},"recordedAt":${JSON.stringify(recordedAt)},"event":${eventJson}}`,
  );
  const frame = Buffer.allocUnsafe(headerSize + payload.length);
  frameMagic.copy(frame, 0);
  frame.writeUInt32BE(payload.length, 4);
  frame.writeUInt32BE(crc32(payload), 8);
  frame.writeUInt32BE(crc32(frame.subarray(0, 12)), 12);
  payload.copy(frame, headerSize);
  return frame;
}

export type FrameAt =
  | { readonly kind: 'frame'; readonly payload: StoredPayload; readonly size: number }
  /** The bytes from here to the end cannot be a whole frame: a write cut short. */
  | { readonly kind: 'torn' }
  | { readonly kind: 'damaged'; readonly reason: string };

/** Reads the frame starting at `offset`, telling a torn tail from damage. */
export function frameAt(buffer: Buffer, offset: number): FrameAt {
  const remaining = buffer.length - offset;
  if (remaining < headerSize) return { kind: 'torn' };
  const header = buffer.subarray(offset, offset + headerSize);
  const headerIntact =
    header.subarray(0, 4).equals(frameMagic) &&
    header.readUInt32BE(12) === crc32(header.subarray(0, 12));
  if (!headerIntact) {
    // A crash can leave zero-filled blocks at the end of a file; anything else is damage.
    return isAllZero(buffer, offset) ? { kind: 'torn' } : { kind: 'damaged', reason: 'bad header' };
  }
  const length = header.readUInt32BE(4);
  if (remaining < headerSize + length) return { kind: 'torn' };
  const payloadBytes = buffer.subarray(offset + headerSize, offset + headerSize + length);
  if (crc32(payloadBytes) !== header.readUInt32BE(8)) {
    return { kind: 'damaged', reason: 'payload checksum mismatch' };
  }
  const payload = parsePayload(payloadBytes);
  if (payload === undefined) return { kind: 'damaged', reason: 'payload is not a stored record' };
  return { kind: 'frame', payload, size: headerSize + length };
}

function parsePayload(bytes: Buffer): StoredPayload | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<StoredPayload>;
    const event = value.event as { id?: unknown; subject?: unknown } | undefined;
    if (
      Number.isSafeInteger(value.position) &&
      typeof value.recordedAt === 'string' &&
      !Number.isNaN(Date.parse(value.recordedAt)) &&
      typeof event?.id === 'string' &&
      typeof event.subject === 'string'
    ) {
      return value as StoredPayload;
    }
  } catch {
    // Falls through: unreadable JSON is damage like any other.
  }
  return undefined;
}

function isAllZero(buffer: Buffer, from: number): boolean {
  for (let i = from; i < buffer.length; i++) if (buffer[i] !== 0) return false;
  return true;
}
