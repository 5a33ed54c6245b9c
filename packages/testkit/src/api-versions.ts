import { connect } from 'node:net';
import { splitAddress } from './broker-list.js';

/**
 * Asks a broker which Kafka APIs and features it supports, with a raw
 * ApiVersions v3 request. kafkajs keeps this answer private, and it is the
 * cheapest way to tell a real Apache Kafka from something that only speaks
 * part of its protocol: Kafka reports its own feature flags
 * (`metadata.version`) and API ranges that imitations do not.
 */

/** Key numbers from the Kafka protocol guide for the APIs the tests care about. */
export const ApiKey = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  FindCoordinator: 10,
  JoinGroup: 11,
  ApiVersions: 18,
  CreateTopics: 19,
  InitProducerId: 22,
  DescribeConfigs: 32,
  DescribeCluster: 60,
} as const;

export interface VersionRange {
  min: number;
  max: number;
}

export interface BrokerApiVersions {
  /** Supported version range per API key. */
  apis: Map<number, VersionRange>;
  /** Features this broker's software supports, e.g. `metadata.version`. */
  supportedFeatures: Map<string, VersionRange>;
  /** Feature levels the cluster has finalized (KRaft clusters always finalize `metadata.version`). */
  finalizedFeatures: Map<string, VersionRange>;
}

const API_VERSIONS_VERSION = 3;
const CORRELATION_ID = 0x636e6574;
const MAX_FRAME_BYTES = 1 << 20;
const UNSUPPORTED_VERSION = 35;

function compactString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([unsignedVarint(bytes.length + 1), bytes]);
}

function unsignedVarint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** Request header v2 and ApiVersionsRequest v3, with its 4-byte size prefix. */
export function encodeApiVersionsRequest(clientId: string): Buffer {
  const header = Buffer.alloc(10);
  header.writeInt16BE(ApiKey.ApiVersions, 0);
  header.writeInt16BE(API_VERSIONS_VERSION, 2);
  header.writeInt32BE(CORRELATION_ID, 4);
  const clientIdBytes = Buffer.from(clientId, 'utf8');
  header.writeInt16BE(clientIdBytes.length, 8);
  const noTags = unsignedVarint(0);
  const body = Buffer.concat([
    header,
    clientIdBytes,
    noTags,
    compactString('cleannet-testkit'),
    compactString('1.0'),
    noTags,
  ]);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

function reader(buffer: Buffer) {
  let offset = 0;
  const need = (bytes: number) => {
    if (offset + bytes > buffer.length) throw new Error('ApiVersions reply is truncated');
  };
  const self = {
    int16(): number {
      need(2);
      const value = buffer.readInt16BE(offset);
      offset += 2;
      return value;
    },
    int32(): number {
      need(4);
      const value = buffer.readInt32BE(offset);
      offset += 4;
      return value;
    },
    skip(bytes: number): void {
      need(bytes);
      offset += bytes;
    },
    unsignedVarint(): number {
      let value = 0;
      for (let shift = 0; shift <= 28; shift += 7) {
        need(1);
        const byte = buffer.readUInt8(offset);
        offset += 1;
        value += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0) return value;
      }
      throw new Error('ApiVersions reply has a malformed varint');
    },
    compactString(): string {
      const length = self.unsignedVarint() - 1;
      if (length < 0) throw new Error('ApiVersions reply has a null feature name');
      need(length);
      const text = buffer.toString('utf8', offset, offset + length);
      offset += length;
      return text;
    },
    /** Reads a compact array, or nothing when it is null. */
    compactArray<T>(item: () => T): T[] {
      const count = self.unsignedVarint() - 1;
      const items: T[] = [];
      for (let i = 0; i < count; i += 1) items.push(item());
      return items;
    },
    skipTaggedFields(): void {
      const count = self.unsignedVarint();
      for (let i = 0; i < count; i += 1) {
        self.unsignedVarint();
        self.skip(self.unsignedVarint());
      }
    },
    sub(bytes: number): Buffer {
      need(bytes);
      const part = buffer.subarray(offset, offset + bytes);
      offset += bytes;
      return part;
    },
  };
  return self;
}

type Reader = ReturnType<typeof reader>;

function apiRange(read: Reader): [number, VersionRange] {
  const key = read.int16();
  const range = { min: read.int16(), max: read.int16() };
  read.skipTaggedFields();
  return [key, range];
}

function supportedFeature(read: Reader): [string, VersionRange] {
  const name = read.compactString();
  const range = { min: read.int16(), max: read.int16() };
  read.skipTaggedFields();
  return [name, range];
}

/** Finalized features list their maximum level first. */
function finalizedFeature(read: Reader): [string, VersionRange] {
  const name = read.compactString();
  const max = read.int16();
  const min = read.int16();
  read.skipTaggedFields();
  return [name, { min, max }];
}

/** Decodes response header v0 plus ApiVersionsResponse v3 (without the size prefix). */
export function decodeApiVersionsResponse(frame: Buffer): BrokerApiVersions {
  const read = reader(frame);
  if (read.int32() !== CORRELATION_ID)
    throw new Error('ApiVersions reply has a foreign correlation id');
  const errorCode = read.int16();
  if (errorCode === UNSUPPORTED_VERSION) {
    throw new Error('the broker does not support ApiVersions v3 (Kafka older than 2.4?)');
  }
  if (errorCode !== 0) throw new Error(`ApiVersions failed with error code ${errorCode}`);

  const apis = new Map(read.compactArray(() => apiRange(read)));
  read.int32(); // throttle time

  // Features travel in tagged fields: 0 = supported, 2 = finalized.
  let supportedFeatures = new Map<string, VersionRange>();
  let finalizedFeatures = new Map<string, VersionRange>();
  const tagCount = read.unsignedVarint();
  for (let i = 0; i < tagCount; i += 1) {
    const tag = read.unsignedVarint();
    const field = reader(read.sub(read.unsignedVarint()));
    if (tag === 0) supportedFeatures = new Map(field.compactArray(() => supportedFeature(field)));
    if (tag === 2) finalizedFeatures = new Map(field.compactArray(() => finalizedFeature(field)));
  }
  return { apis, supportedFeatures, finalizedFeatures };
}

/**
 * Sends one ApiVersions request to `address` ("host:port") and decodes the
 * reply. Rejects on anything that is not a well-formed Kafka answer in time.
 */
export function fetchApiVersions(address: string, timeoutMs = 5_000): Promise<BrokerApiVersions> {
  const { host, port } = splitAddress(address);
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      outcome();
    };
    const fail = (message: string) => settle(() => reject(new Error(`${address}: ${message}`)));
    const timer = setTimeout(() => fail(`no ApiVersions reply within ${timeoutMs} ms`), timeoutMs);

    socket.on('connect', () => socket.write(encodeApiVersionsRequest('cleannet-testkit')));
    socket.on('error', (error) => fail(error.message));
    socket.on('close', () => fail('connection closed before a complete ApiVersions reply'));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (size < 6 || size > MAX_FRAME_BYTES) {
        fail('the reply is not a Kafka protocol frame');
        return;
      }
      if (received.length < 4 + size) return;
      try {
        const versions = decodeApiVersionsResponse(received.subarray(4, 4 + size));
        settle(() => resolve(versions));
      } catch (error) {
        fail((error as Error).message);
      }
    });
  });
}
