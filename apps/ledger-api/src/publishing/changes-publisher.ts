import type { CommitmentChange } from '@cleannet/domain';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { ReadinessCheck } from '../ops/health/readiness.port.js';
import type { LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import type { ChangeFeed } from '../streams/changes/change-feed.js';
import { toCloudEvent } from './commitment-change-event.js';
import { parseChangeId } from '../streams/changes/change-id.js';
import { ensureChangesTopic, lastPublishedIds, type ChangesTopicLayout } from './changes-topic.js';
import { singlePartitionFirst } from './single-partition-first.js';

export interface ChangesPublisherDeps {
  readonly kafka: Kafka;
  readonly topic: string;
  /** Partitions and replication of the topic when the publisher creates it (default: 1, the broker's). */
  readonly topicLayout?: ChangesTopicLayout;
  readonly feed: ChangeFeed<CommitmentChange>;
  /** recordedAt of a stored event, by id: the CloudEvent `time` of the changes it caused. */
  readonly recordedAtOf: (eventId: string) => string | undefined;
  readonly metrics: LedgerMetrics;
  readonly logger: Logger;
  /** How often a publisher that is behind (a broker blip) tries again. */
  readonly retryIntervalMs: number;
  /**
   * How long new changes wait for more before they are sent (0: on the next
   * turn of the event loop). Defaults to `DEFAULT_LINGER_MS`.
   */
  readonly lingerMs?: number;
}

export interface ChangesPublisher {
  /** Connects, then publishes every change the topic lacks (failures are retried in the background). */
  start(): Promise<void>;
  /** Publishes what is still pending (best effort) and disconnects. */
  close(): Promise<void>;
  /** Changes derived but not yet acknowledged by the broker. */
  readonly lag: number;
  readiness(): ReadinessCheck;
}

/** At most this many changes per produce request (well under Kafka's 1 MiB batch limit). */
const MAX_BATCH = 500;

/**
 * Each produce request costs the service's one thread a socket write, the
 * encoding and the acknowledgement's decoding, on whatever POST is being served
 * when it lands. Changes arriving within this window share one request: a
 * lone writer's POSTs (one every few milliseconds) then pay for a produce
 * every few POSTs, not every POST. The window adds at most this much to the
 * time a change takes to reach the topic; the SSE stream does not wait for it.
 */
export const DEFAULT_LINGER_MS = 20;

/**
 * How many of the feed's changes the topic holds, from the ids of its last
 * records. A topic whose last change this ledger did not derive (another
 * ledger's, or a history since rewritten) is refused, never continued at a
 * guessed place. Plain numbers are the ids publishers wrote before change ids
 * carried their history: the n-th change of the same order (a Kafka log is
 * never repaired, so that order still holds).
 */
export function publishedCount(
  lastIds: readonly string[],
  feed: ChangeFeed<CommitmentChange>,
): number {
  let count = 0;
  for (const id of lastIds) {
    const next = countUpTo(id, feed);
    if (next === undefined) {
      throw new Error(
        `the changes topic ends with change ${id}, which this ledger did not derive; is it shared with another ledger?`,
      );
    }
    count = Math.max(count, next);
  }
  return count;
}

/** The number of feed changes up to and including `id`, or undefined when the feed lacks it. */
function countUpTo(id: string, feed: ChangeFeed<CommitmentChange>): number | undefined {
  const key = parseChangeId(id);
  if (key === undefined) return undefined;
  if (key === 'legacy') return Number(id) <= feed.length ? Number(id) : undefined;
  const resume = feed.resumeAfter(key);
  return resume.kind === 'after' ? resume.next : undefined;
}

/**
 * Publishes the change feed to the changes topic, in order, keyed by actor.
 * The feed is rebuilt identically by every replay, and each record's
 * CloudEvent id is its change id, so the topic itself says how far
 * publishing got: at start, and after any failed send (which may or may not
 * have reached the broker), the publisher reads the topic's last change id and
 * continues after it. Nothing is lost across a crash between the ledger
 * append and the publish, and nothing is published twice.
 */
export function createChangesPublisher(deps: ChangesPublisherDeps): ChangesPublisher {
  const { kafka, topic, feed, metrics, logger } = deps;
  let admin: Admin | undefined;
  let producer: Producer | undefined;
  /** How many of the feed's changes the topic holds (unknown after start and after a failed send). */
  let published: number | undefined;
  let lastError: unknown;
  let syncing: Promise<void> | undefined;
  let again = false;
  let scheduled = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let linger: NodeJS.Timeout | undefined;
  const lingerMs = deps.lingerMs ?? DEFAULT_LINGER_MS;
  let unlisten: (() => void) | undefined;

  const lag = () => Math.max(0, feed.length - (published ?? 0));
  const reportLag = () => metrics.changesPublisherLag.set(lag());

  async function connect(): Promise<void> {
    if (producer) return;
    const candidateAdmin = kafka.admin();
    const candidate = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 1_000 },
      createPartitioner: singlePartitionFirst,
    });
    try {
      await candidateAdmin.connect();
      await ensureChangesTopic(candidateAdmin, topic, deps.topicLayout);
      await candidate.connect();
    } catch (error) {
      await candidate.disconnect().catch(() => undefined);
      await candidateAdmin.disconnect().catch(() => undefined);
      throw error;
    }
    admin = candidateAdmin;
    producer = candidate;
  }

  async function disconnect(): Promise<void> {
    const [oldProducer, oldAdmin] = [producer, admin];
    producer = undefined;
    admin = undefined;
    await oldProducer?.disconnect().catch(() => undefined);
    await oldAdmin?.disconnect().catch(() => undefined);
  }

  async function publishPending(): Promise<void> {
    await connect();
    // Unknown after start and after a failed send: ask the topic.
    published ??= publishedCount(await lastPublishedIds(kafka, admin!, topic, 15_000), feed);
    while (!closed && published < feed.length) {
      const batch = feed.since(published).slice(0, MAX_BATCH);
      await producer!.send({
        topic,
        acks: -1,
        messages: batch.map((entry) => ({
          key: entry.change.actorId,
          value: JSON.stringify(
            toCloudEvent(entry, deps.recordedAtOf(entry.change.causeEventId) ?? ''),
          ),
          headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
        })),
      });
      published += batch.length;
      metrics.publishedChanges.inc({ outcome: 'published' }, batch.length);
      reportLag();
    }
  }

  /** One publishing run at a time; a request during a run makes it go round once more. */
  function sync(): Promise<void> {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        again = false;
        try {
          await publishPending();
          if (lastError !== undefined)
            logger.info({ topic }, 'publishing commitment changes again');
          lastError = undefined;
        } catch (error) {
          if (lastError === undefined) {
            logger.warn({ topic, err: error }, 'cannot publish commitment changes; will retry');
          }
          lastError = error;
          // The failed send may have reached the broker: re-read the topic before sending again,
          // with fresh clients (an idempotent producer's sequence state does not survive a failure).
          published = undefined;
          await disconnect();
          metrics.publishedChanges.inc({ outcome: 'failed' });
          return;
        } finally {
          reportLag();
        }
      } while (again && !closed);
    })().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  function publishNow(): void {
    scheduled = false;
    linger = undefined;
    void sync();
  }

  function schedule(): void {
    reportLag();
    if (closed) return;
    // A full request's worth need not wait for more.
    if (lag() >= MAX_BATCH && linger !== undefined) {
      clearTimeout(linger);
      linger = undefined;
      scheduled = false;
    }
    if (scheduled) return;
    scheduled = true;
    // Gathers the changes of the events applied meanwhile into one produce request.
    if (lingerMs === 0 || lag() >= MAX_BATCH) setImmediate(publishNow);
    else linger = setTimeout(publishNow, lingerMs);
  }

  return {
    async start() {
      unlisten = feed.listen(schedule);
      timer = setInterval(() => {
        if (lastError !== undefined || lag() > 0) void sync();
      }, deps.retryIntervalMs);
      timer.unref();
      await sync();
    },
    async close() {
      clearInterval(timer);
      clearTimeout(linger);
      unlisten?.();
      await syncing;
      if (lastError === undefined && lag() > 0) await sync();
      closed = true;
      await disconnect();
    },
    get lag() {
      return lag();
    },
    readiness() {
      const behind = `${lag()} changes behind`;
      return {
        name: 'changes-publisher',
        // Reads and writes do not depend on it; the catch-up heals it, so it never gates readiness.
        ok: true,
        detail:
          lastError === undefined
            ? `${topic}: ${behind}`
            : `${topic}: ${behind}, retrying: ${(lastError as Error).message}`,
      };
    },
  };
}
