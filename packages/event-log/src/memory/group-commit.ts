import type { AppendOptions, AppendResult, LogRecord, LoggableEvent } from '../event-log.js';
import { LogClosed } from '../errors.js';
import { createDraft, type StagedEvent } from './draft.js';
import type { LogMemory } from './log-memory.js';

/**
 * Makes staged events durable and returns their records, in order. Resolves
 * only once they are stored; rejects if none of them is (all or nothing).
 */
export type CommitEvents<E extends LoggableEvent> = (
  events: readonly StagedEvent<E>[],
) => Promise<LogRecord<E>[]>;

export interface GroupCommit<E extends LoggableEvent> {
  append(events: readonly E[], options?: AppendOptions): Promise<AppendResult<E>>;
  /** Refuses new appends and resolves once the queued ones are settled. */
  close(): Promise<void>;
}

interface Request<E extends LoggableEvent> {
  readonly events: readonly E[];
  readonly options: AppendOptions | undefined;
  readonly resolve: (result: AppendResult<E>) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Serialises appends through one committer while letting concurrent appends
 * share a commit: while one write (and fsync, or Kafka transaction) is in
 * flight, the batches that arrive queue up and go together in the next one.
 */
export function createGroupCommit<E extends LoggableEvent>(
  memory: LogMemory<E>,
  commit: CommitEvents<E>,
  options: { maxGroupBytes: number; beforeCommit?: () => void },
): GroupCommit<E> {
  const queue: Request<E>[] = [];
  let running: Promise<void> | undefined;
  let closed = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) await commitNextGroup();
    running = undefined;
  }

  async function commitNextGroup(): Promise<void> {
    const draft = createDraft(memory);
    const pending: { request: Request<E>; indexes: readonly number[]; duplicate: boolean }[] = [];
    while (queue.length > 0 && (draft.events.length === 0 || draft.bytes < options.maxGroupBytes)) {
      const request = queue.shift()!;
      try {
        const staged = draft.stage(request.events, request.options);
        if (staged.kind === 'known') request.resolve({ records: staged.records, duplicate: true });
        else pending.push({ request, indexes: staged.indexes, duplicate: staged.duplicate });
      } catch (error) {
        request.reject(error);
      }
    }
    if (pending.length === 0) return;
    try {
      options.beforeCommit?.();
      const records = await commit(draft.events);
      memory.add(records);
      for (const { request, indexes, duplicate } of pending) {
        request.resolve({ records: indexes.map((i) => records[i]!), duplicate });
      }
    } catch (error) {
      for (const { request } of pending) request.reject(error);
    }
  }

  return {
    append(events, appendOptions) {
      if (closed) return Promise.reject(new LogClosed());
      return new Promise<AppendResult<E>>((resolve, reject) => {
        queue.push({ events, options: appendOptions, resolve, reject });
        running ??= drain();
      });
    },
    async close() {
      closed = true;
      await running;
    },
  };
}
