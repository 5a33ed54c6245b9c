import { readFileSync } from 'node:fs';

/** One record of the embedded file log, located in the file (see docs/event-log.md, record format). */
export interface Frame {
  readonly offset: number;
  /** Header (16 bytes) plus payload. */
  readonly length: number;
  readonly position: number;
  readonly id: string;
}

const HEADER = 16;

/** Walks an intact log file frame by frame. */
export function framesOf(path: string): Frame[] {
  const bytes = readFileSync(path);
  const frames: Frame[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.toString('latin1', offset, offset + 4) !== 'CNL1') {
      throw new Error(`no frame at byte ${offset}`);
    }
    const payloadLength = bytes.readUInt32BE(offset + 4);
    const payload = JSON.parse(
      bytes.toString('utf8', offset + HEADER, offset + HEADER + payloadLength),
    ) as { position: number; event: { id: string } };
    frames.push({
      offset,
      length: HEADER + payloadLength,
      position: payload.position,
      id: payload.event.id,
    });
    offset += HEADER + payloadLength;
  }
  return frames;
}

export const FRAME_HEADER_BYTES = HEADER;
