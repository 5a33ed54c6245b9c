import { parentPort } from 'node:worker_threads';
import { referenceData } from '@cleannet/dataset';
import { indexReference, nameOf } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { serialiseAnswer } from '../answer-cache/serialise-answer.js';
import { computeAnswer, type AnswerSource } from './compute-answer.js';
import { createTrendPointCache } from './trend-points.js';
import type { FromReadWorker, ToReadWorker } from './worker-protocol.js';

/**
 * The read worker: a replica of the ledger index, fed every applied event in
 * log order, computing and serialising answers off the main thread. Messages
 * are handled in the order they were posted, so a read sees exactly the
 * events the main thread had applied when it sent it.
 */
const port = parentPort;
if (port === null) throw new Error('read-worker runs as a worker thread');

const names = indexReference(referenceData);
const index = createLedgerIndex(referenceData);
const source: AnswerSource = {
  index,
  nameOf: (actorId) => nameOf(names, actorId),
  trendPoints: createTrendPointCache(index),
};

port.on('message', (message: ToReadWorker) => {
  if (message.kind === 'apply') {
    message.events.forEach((event, position) => {
      index.apply(event);
      source.trendPoints.observe(event, message.statesChanged?.[position]);
    });
    return;
  }
  let reply: FromReadWorker;
  try {
    const answer = serialiseAnswer(computeAnswer(source, message.request), message.request.csv);
    reply = { id: message.id, ok: true, ...answer };
  } catch (error) {
    reply = { id: message.id, ok: false, message: (error as Error).message };
  }
  port.postMessage(reply, reply.ok && ownsItsBuffer(reply.body) ? [reply.body.buffer] : []);
});

// Only a worker that got this far is replaced when it dies; one that cannot start would fail again.
port.postMessage({ started: true } satisfies FromReadWorker);

/**
 * A large body has a buffer of its own and is transferred, not copied; a
 * small one is a slice of Node's shared pool, which must stay here (it is copied).
 */
function ownsItsBuffer(body: Uint8Array): body is Uint8Array<ArrayBuffer> {
  return body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
}
