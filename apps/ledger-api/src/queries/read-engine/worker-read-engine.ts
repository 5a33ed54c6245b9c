import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LedgerEvent } from '@cleannet/domain';
import type { Logger } from 'pino';
import { ServiceUnavailable } from '../../ledger/ledger-errors.js';
import type { SerialisedAnswer } from '../answer-cache/serialise-answer.js';
import type { ReadEngine } from './read-engine.port.js';
import type { ReadRequest } from './read-request.js';
import type { FromReadWorker, ReadReply, ToReadWorker } from './worker-protocol.js';

interface PendingRead {
  resolve(answer: SerialisedAnswer): void;
  reject(error: unknown): void;
}

/**
 * Built, the worker is plain JavaScript and inherits the process's node
 * options (so `--cpu-prof` profiles it too). Run from the TypeScript sources
 * (vitest), it first registers tsx's loader, which `--import tsx` in a
 * worker's execArgv does not do on Node 20.
 */
function createWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./read-worker.js', import.meta.url));
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./read-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

/**
 * Index reads on a worker thread, so computing and serialising answers does
 * not hold up the main thread's HTTP work and Kafka round trips. The worker
 * keeps its own replica of the index: every observed event is posted to it
 * on the same port as the reads, whose FIFO order gives read-your-writes.
 * Events are sent before any read, else in batches at most FLUSH_AFTER_MS
 * late: a message per append cost the main thread a postMessage and woke the
 * worker onto the other core in the middle of the append's own work. Should
 * the worker die, its reads fail with 503 and a new one is fed the history again.
 */
/** How late an observed event may reach the worker when no read asks for it sooner. */
const FLUSH_AFTER_MS = 20;
/** Sent at once beyond this many (a replay at start-up). */
const FLUSH_EVENTS = 1024;

export function createWorkerReadEngine(deps: { readonly logger: Logger }): ReadEngine {
  const { logger } = deps;
  /** Every observed event: a replacement worker is fed them all (references, not copies). */
  const history: LedgerEvent[] = [];
  let unsent: LedgerEvent[] = [];
  let unsentStatesChanged: boolean[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  const pending = new Map<number, PendingRead>();
  let nextId = 0;
  let closing = false;
  let failure: ServiceUnavailable | undefined;
  const idleWaiters: Array<() => void> = [];
  let worker = spawn();

  function spawn(): Worker {
    const created = createWorker();
    let started = false;
    // Only the answers it owes keep the process alive; close() ends it.
    created.unref();
    created.on('message', (reply: FromReadWorker) => {
      if ('started' in reply) started = true;
      else settle(reply);
    });
    created.on('error', (error) => logger.error({ err: error }, 'the read worker failed'));
    created.on('exit', (code) => {
      if (closing || created !== worker) return;
      if (!started) {
        // It never started (a missing or broken module): another would fail the same way.
        failure = new ServiceUnavailable('The read engine could not start.');
        logger.error({ code }, 'the read worker could not start');
        for (const [id, read] of [...pending]) {
          take(id);
          read.reject(failure);
        }
        return;
      }
      logger.error({ code }, 'the read worker stopped; starting another');
      worker = spawn();
      for (const [id, read] of [...pending]) {
        take(id);
        read.reject(new ServiceUnavailable('The read engine restarted; retry.'));
      }
      unsent = [];
      unsentStatesChanged = [];
      post({ kind: 'apply', events: history });
    });
    return created;
  }

  function post(message: ToReadWorker): void {
    worker.postMessage(message);
  }

  function flush(): void {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (unsent.length === 0) return;
    const events = unsent;
    const statesChanged = unsentStatesChanged;
    unsent = [];
    unsentStatesChanged = [];
    post({ kind: 'apply', events, statesChanged });
  }

  function settle(reply: ReadReply): void {
    const read = take(reply.id);
    if (read === undefined) return;
    if (!reply.ok) {
      read.reject(new Error(`the read worker failed: ${reply.message}`));
      return;
    }
    const { body } = reply;
    read.resolve({
      body: Buffer.from(body.buffer, body.byteOffset, body.byteLength),
      contentType: reply.contentType,
      ...(reply.contentDisposition ? { contentDisposition: reply.contentDisposition } : {}),
      ...(reply.scope ? { scope: reply.scope } : {}),
    });
  }

  /** Removes a read from the pending ones; with none left, the worker no longer keeps the process alive. */
  function take(id: number): PendingRead | undefined {
    const read = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) {
      worker.unref();
      for (const done of idleWaiters.splice(0)) done();
    }
    return read;
  }

  return {
    observe(event, statesChanged = true) {
      history.push(event);
      unsent.push(event);
      unsentStatesChanged.push(statesChanged);
      if (unsent.length >= FLUSH_EVENTS) flush();
      else flushTimer ??= setTimeout(flush, FLUSH_AFTER_MS).unref();
    },

    answer(request: ReadRequest) {
      if (closing) return Promise.reject(new ServiceUnavailable('The service is shutting down.'));
      if (failure) return Promise.reject(failure);
      // Every event observed so far goes first: the read must see them.
      flush();
      const id = nextId++;
      return new Promise<SerialisedAnswer>((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        post({ kind: 'read', id, request });
      });
    },

    readiness() {
      // A worker being replaced is fed the history and answers again; one that cannot start never will.
      return failure
        ? { name: 'reads', ok: false, detail: 'the read worker could not start' }
        : { name: 'reads', ok: true };
    },

    async close() {
      closing = true;
      clearTimeout(flushTimer);
      if (pending.size > 0) await new Promise<void>((done) => idleWaiters.push(done));
      await worker.terminate();
    },
  };
}
