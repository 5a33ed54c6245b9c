import { randomBytes } from 'node:crypto';

const LEGAL_PREFIX = /^[a-zA-Z0-9.-]{1,150}$/;

/**
 * A topic name no other suite, worker or earlier run has used, so suites run
 * in parallel against one broker and can be repeated without cleaning up.
 * Only '.' and '-' separate parts: Kafka warns about names that differ only by
 * '.' versus '_' because its metric names cannot tell them apart.
 */
export function uniqueTopic(prefix: string): string {
  if (!LEGAL_PREFIX.test(prefix)) {
    throw new Error(`topic prefix "${prefix}" must be 1-150 of [a-zA-Z0-9.-]`);
  }
  const time = Date.now().toString(36);
  const random = randomBytes(6).toString('hex');
  return `${prefix}.${time}-${process.pid}-${random}`;
}
