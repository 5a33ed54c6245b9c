import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from './support/events.js';
import { startHostileTarget, type HostileTarget } from './support/hostile-target.js';
import { isProblem, mapBounded, request, type Answer } from './support/http.js';
import { RECORDER_TOKEN } from './support/ledger-service.js';
import { fileLogUnderTest } from './support/log-under-test.js';

/**
 * Compressed request bodies (fast-check, fixed seeds): a body that does not
 * decompress as its Content-Encoding says gets a 400 problem, an encoding
 * the service does not take gets a 415, never a 500; nothing is stored and
 * the process stays up. The file log only: decoding happens before the log
 * is involved, so Kafka would run the same code.
 */

const PAYLOADS = 1_500;
const BODY_LIMIT = 65_536;

const compressors = {
  gzip: zlib.gzipSync,
  deflate: zlib.deflateSync,
  br: zlib.brotliCompressSync,
  'deflate-raw': zlib.deflateRawSync,
  identity: (bytes: Buffer) => bytes,
} as const;
type Compressor = keyof typeof compressors;

/** What the service decodes (body-parser; zstd only where this Node has it). */
const supported = [
  'gzip',
  'deflate',
  'br',
  'GZip',
  ...('createZstdDecompress' in zlib ? ['zstd'] : []),
];
const unsupported = [
  'compress',
  'x-gzip',
  'x-custom',
  'gzip, br',
  'identity, gzip',
  'gzip;q=1',
  ...('createZstdDecompress' in zlib ? [] : ['zstd']),
];

interface EncodedRequest {
  readonly encoding: string;
  readonly body: Uint8Array;
  readonly kind: string;
}

let counter = 0;
function validEventBytes(): Buffer {
  counter += 1;
  return Buffer.from(JSON.stringify(pledge(`operator:enc-${counter}`, `enc-${counter}`)));
}

const declared = fc.constantFrom(...supported.filter((e) => e !== 'zstd'));

/** Supported encodings, bodies that cannot decode to a valid event. */
const damaged: fc.Arbitrary<EncodedRequest> = fc.oneof(
  fc
    .tuple(declared, fc.uint8Array({ minLength: 1, maxLength: 2048 }))
    .map(([encoding, body]) => ({ encoding, body, kind: 'random bytes' })),
  fc
    .tuple(declared, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
    .map(([encoding, cut]) => {
      const whole = compressors[encoding.toLowerCase() as Compressor](validEventBytes());
      const body = whole.subarray(0, Math.max(1, Math.floor(cut * (whole.length - 1))));
      return { encoding, body, kind: 'truncated' };
    }),
  fc
    .tuple(declared, fc.constantFrom<Compressor>(...(Object.keys(compressors) as Compressor[])))
    .filter(([encoding, actual]) => encoding.toLowerCase() !== actual)
    .map(([encoding, actual]) => ({
      encoding,
      body: compressors[actual](validEventBytes()),
      kind: `${actual} declared as ${encoding}`,
    })),
  fc.tuple(declared, fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([encoding, garbage]) => ({
    encoding,
    body: compressors[encoding.toLowerCase() as Compressor](
      Buffer.concat([Buffer.from([0xff, 0xfe]), garbage]),
    ),
    kind: 'decompresses to invalid UTF-8 or JSON',
  })),
);

const undecodable: fc.Arbitrary<EncodedRequest> = fc
  .tuple(fc.constantFrom(...unsupported), fc.constantFrom<Compressor>('gzip', 'identity'))
  .map(([encoding, actual]) => ({
    encoding,
    body: compressors[actual](validEventBytes()),
    kind: `unsupported ${encoding}`,
  }));

describe('compressed request bodies', () => {
  let target: HostileTarget;

  beforeAll(async () => {
    target = await startHostileTarget(fileLogUnderTest('encodings'), BODY_LIMIT);
  }, 120_000);

  afterAll(async () => {
    await target?.stop();
  });

  function send(encoded: EncodedRequest): Promise<Answer> {
    return request(`${target.service.url}/v1/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${RECORDER_TOKEN}`,
        'content-type': 'application/json',
        'content-encoding': encoded.encoding,
      },
      body: encoded.body,
    });
  }

  async function offences(requests: EncodedRequest[], status: number) {
    const found: Array<{ kind: string; encoding: string; status: number; body: string }> = [];
    await mapBounded(requests, 16, async (encoded) => {
      const answer = await send(encoded);
      if (answer.status !== status || !isProblem(answer)) {
        found.push({ ...encoded, status: answer.status, body: answer.body.slice(0, 200) });
      }
    });
    return found.map(({ kind, encoding, status: got, body }) => ({ kind, encoding, got, body }));
  }

  it(
    `${PAYLOADS} damaged bodies in supported encodings get 400 problems`,
    { timeout: 120_000 },
    async () => {
      const requests = fc.sample(damaged, { numRuns: PAYLOADS, seed: 20_217 });
      expect((await offences(requests, 400)).slice(0, 5)).toEqual([]);
      await target.expectAliveAndUnchanged();
    },
  );

  it('unsupported encodings get 415 problems naming the header', { timeout: 60_000 }, async () => {
    const requests = fc.sample(undecodable, { numRuns: 200, seed: 20_218 });
    expect((await offences(requests, 415)).slice(0, 5)).toEqual([]);
    const answer = await send({ encoding: 'x-custom', body: validEventBytes(), kind: 'one' });
    expect(JSON.parse(answer.body).detail).toContain('Content-Encoding "x-custom"');
    await target.expectAliveAndUnchanged();
  });

  it('a body that inflates past the limit gets 413 (a compression bomb)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(100 * BODY_LIMIT, 0x20));
    expect(bomb.length).toBeLessThan(BODY_LIMIT / 4);
    const answer = await send({ encoding: 'gzip', body: bomb, kind: 'bomb' });
    expect(answer.status).toBe(413);
    await target.expectAliveAndUnchanged();
  });

  it.each(['gzip', 'deflate', 'br'] as const)('a valid %s body is recorded', async (encoding) => {
    const answer = await send({
      encoding,
      body: compressors[encoding](validEventBytes()),
      kind: 'ok',
    });
    expect(answer.status).toBe(201);
    await target.remember();
  });
});
