import type { Kafka, Producer, ProducerConfig } from 'kafkajs';
import { sleep } from '../timeout.js';

/**
 * kafkajs 2.2 asks the cluster for the transaction coordinator (a
 * FindCoordinator round trip) before every AddPartitionsToTxn and every EndTxn,
 * and when the coordinator answers CONCURRENT_TRANSACTIONS (it does, for a few
 * milliseconds after each commit, until the commit markers are written) the
 * producer refreshes all metadata, backs off exponentially and looks the
 * coordinator up again. For a writer that commits back to back, that doubles
 * the round trips of a transaction.
 *
 * This gives kafkajs, for one producer, a cluster that remembers the
 * coordinator's node (forgotten on any coordinator error or metadata refresh,
 * so a moved coordinator is found again) and that asks again for the
 * partitions after `concurrentRetryMs` while the coordinator is still writing
 * the previous commit's markers. Requests, epochs, sequence numbers and
 * fencing are kafkajs's and the broker's, unchanged. kafkajs keeps the hook
 * point private; if it is missing (another kafkajs version), the producer is
 * the plain one and `shortcuts` says so.
 */
export interface CoordinatorShortcuts {
  /** How long to wait before asking again when the coordinator is finishing the previous commit. */
  readonly concurrentRetryMs: number;
  /** After this long, CONCURRENT_TRANSACTIONS goes to kafkajs's own retries. */
  readonly concurrentRetryLimitMs: number;
}

/**
 * The ledger writer's settings. Right after a commit the coordinator answers
 * CONCURRENT_TRANSACTIONS until its markers are written (1 to 5 ms on an idle
 * broker, more on a busy one, and a just-started broker under load has taken
 * over 200 ms): ask again soon, at a steady pace, for up to a second.
 */
export const WRITER_SHORTCUTS: CoordinatorShortcuts = {
  concurrentRetryMs: 1,
  concurrentRetryLimitMs: 1_000,
};

export interface LedgerProducer {
  readonly producer: Producer;
  /** False when the installed kafkajs has no hook point: the producer then works as kafkajs made it. */
  readonly shortcuts: boolean;
}

/** The slice of kafkajs's internal Cluster that the shortcut uses. */
export interface CoordinatorCluster {
  findGroupCoordinator(request: { groupId: string; coordinatorType?: number }): Promise<object>;
  findBroker(request: { nodeId: string | number }): Promise<object>;
  refreshMetadata(...args: unknown[]): Promise<unknown>;
}

const createClusterHook = 'private:Kafka:createCluster';
const transactionCoordinator = 1;
/** The requests kafkajs sends to the transaction coordinator; an error on any of them forgets it. */
const coordinatorRequests = new Set([
  'initProducerId',
  'addPartitionsToTxn',
  'endTxn',
  'addOffsetsToTxn',
]);

export function createLedgerProducer(
  kafka: Kafka,
  config: ProducerConfig,
  shortcuts: CoordinatorShortcuts,
): LedgerProducer {
  const owner = kafka as unknown as Record<symbol, unknown>;
  const key = Object.getOwnPropertySymbols(kafka).find((s) => s.description === createClusterHook);
  const createCluster = key === undefined ? undefined : owner[key];
  if (key === undefined || typeof createCluster !== 'function') {
    return { producer: kafka.producer(config), shortcuts: false };
  }
  // kafka.producer() creates its cluster synchronously: swap the factory for this one call only.
  owner[key] = (...args: unknown[]) =>
    withCoordinatorShortcuts(
      (createCluster as (...a: unknown[]) => CoordinatorCluster)(...args),
      shortcuts,
    );
  try {
    return { producer: kafka.producer(config), shortcuts: true };
  } finally {
    owner[key] = createCluster;
  }
}

/** Patches a kafkajs cluster in place (exported for its unit test). */
export function withCoordinatorShortcuts<C extends CoordinatorCluster>(
  cluster: C,
  shortcuts: CoordinatorShortcuts,
): C {
  const findGroupCoordinator = cluster.findGroupCoordinator.bind(cluster);
  const refreshMetadata = cluster.refreshMetadata.bind(cluster);
  let coordinatorNode: string | number | undefined;

  cluster.refreshMetadata = async (...args: unknown[]) => {
    coordinatorNode = undefined;
    return refreshMetadata(...args);
  };
  cluster.findGroupCoordinator = async (request) => {
    if (request.coordinatorType !== transactionCoordinator) return findGroupCoordinator(request);
    const broker =
      coordinatorNode === undefined
        ? await findGroupCoordinator(request)
        : await cluster.findBroker({ nodeId: coordinatorNode });
    coordinatorNode = (broker as { nodeId?: string | number }).nodeId;
    return coordinatorView(broker, shortcuts, () => {
      coordinatorNode = undefined;
    });
  };
  return cluster;
}

function coordinatorView(
  broker: object,
  shortcuts: CoordinatorShortcuts,
  forget: () => void,
): object {
  return new Proxy(broker, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (typeof property !== 'string' || !coordinatorRequests.has(property)) return method;
      return async (...args: unknown[]) => {
        try {
          if (property !== 'addPartitionsToTxn') return await method(...args);
          return await whileCommitCompletes(() => method(...args), shortcuts);
        } catch (error) {
          forget();
          throw error;
        }
      };
    },
  });
}

async function whileCommitCompletes(
  request: () => unknown,
  { concurrentRetryMs, concurrentRetryLimitMs }: CoordinatorShortcuts,
): Promise<unknown> {
  const deadline = Date.now() + concurrentRetryLimitMs;
  for (;;) {
    try {
      return await request();
    } catch (error) {
      if ((error as { type?: unknown }).type !== 'CONCURRENT_TRANSACTIONS') throw error;
      if (Date.now() + concurrentRetryMs > deadline) throw error;
      await sleep(concurrentRetryMs);
    }
  }
}
