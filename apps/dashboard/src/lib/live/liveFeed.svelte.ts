import type { CommitmentChange } from '../api/types.ts';
import { animationFrame, createFrameBatcher, type FrameScheduler } from './frameBatcher.ts';
import {
  connectSse,
  type ConnectionState,
  type SseConnection,
  type SseOptions,
} from './sseClient.ts';

export type LiveStatus = ConnectionState | 'paused';

/** Why the stream is closed on purpose: the user's Pause, or a view pinned to the past. */
export type PauseReason = 'user' | 'pinned';

export interface LiveItem {
  /** The stream's change id, an opaque string. */
  id: string;
  change: CommitmentChange;
  /** When this page received it (epoch ms). */
  receivedAt: number;
}

export interface LiveFeed {
  readonly status: LiveStatus;
  /** Set while `status` is 'paused'. */
  readonly pausedBecause: PauseReason | null;
  /** Newest first, at most `keep`. */
  readonly items: readonly LiveItem[];
  readonly lastEventId: string | undefined;
  pause(): void;
  resume(): void;
  /** Pauses while the view shows the ledger as it knew it in the past; `release` undoes it. */
  hold(): void;
  release(): void;
  dispose(): void;
}

export interface LiveFeedOptions {
  url: string;
  /**
   * The id of the newest change when the page opens (undefined: the ledger
   * has none yet): the stream starts after it, so the feed shows what
   * happens from now on, not the history.
   */
  head: () => Promise<string | undefined>;
  /** Called once per frame with every change that arrived in it. */
  onChanges: (changes: CommitmentChange[]) => void;
  /** The service could not resume after our last id: whatever the views show may be behind. */
  onResync?: () => void;
  keep?: number;
  schedule?: FrameScheduler;
  connect?: (options: SseOptions) => SseConnection;
  now?: () => number;
  /** Waits before asking for the head again after a failure. */
  retryMs?: number;
}

/**
 * The live side of the dashboard: commitment changes from the SSE stream,
 * batched per frame. It starts at the ledger's head; pausing closes the
 * stream and resuming reconnects with the last id seen (an opaque string,
 * sent as Last-Event-ID), so the server sends what was missed and nothing
 * twice. A `resync` answer (the service no longer knows that id) starts
 * again from the head and tells the views to refresh.
 */
export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const keep = options.keep ?? 50;
  const connect = options.connect ?? connectSse;
  const now = options.now ?? Date.now;
  const retryMs = options.retryMs ?? 2000;
  let status = $state<LiveStatus>('connecting');
  let userPaused = $state(false);
  let held = $state(false);
  let items = $state.raw<LiveItem[]>([]);
  let lastEventId = $state<string | undefined>(undefined);
  /** False until the head is known: the stream must not start at the first change. */
  let started = false;
  let connection: SseConnection | null = null;
  let readingHead = false;
  let headRetry: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const batcher = createFrameBatcher<LiveItem>((batch) => {
    items = [...[...batch].reverse(), ...items].slice(0, keep);
    options.onChanges(batch.map((item) => item.change));
  }, options.schedule ?? animationFrame);

  const wanted = () => !disposed && !userPaused && !held;

  function openStream(): void {
    connection = connect({
      url: options.url,
      lastEventId,
      onState: (state) => {
        // A closed stream while paused is the pause itself, not an outage.
        if (wanted()) status = state;
      },
      onMessage: (message) => {
        if (message.event === 'resync') {
          restartFromHead();
          return;
        }
        if (message.event !== 'commitment-change') return;
        if (message.id !== undefined && message.id !== '') lastEventId = message.id;
        try {
          const change = JSON.parse(message.data) as CommitmentChange;
          batcher.push({ id: message.id ?? `${now()}`, change, receivedAt: now() });
        } catch {
          // A malformed message is skipped; the next ones still count.
        }
      },
    });
  }

  function start(): void {
    if (!wanted() || connection !== null) return;
    status = 'connecting';
    if (started) {
      openStream();
      return;
    }
    if (readingHead) return;
    readingHead = true;
    options.head().then(
      (head) => {
        readingHead = false;
        started = true;
        lastEventId = head;
        if (wanted() && connection === null) openStream();
      },
      () => {
        readingHead = false;
        if (!wanted()) return;
        status = 'reconnecting';
        headRetry = setTimeout(start, retryMs);
      },
    );
  }

  function stop(): void {
    clearTimeout(headRetry);
    connection?.close();
    connection = null;
  }

  function restartFromHead(): void {
    stop();
    started = false;
    options.onResync?.();
    start();
  }

  function setPaused(): void {
    if (wanted()) {
      start();
    } else {
      status = 'paused';
      stop();
    }
  }

  start();

  return {
    get status() {
      return status;
    },
    get pausedBecause() {
      if (status !== 'paused') return null;
      return held ? 'pinned' : 'user';
    },
    get items() {
      return items;
    },
    get lastEventId() {
      return lastEventId;
    },
    pause() {
      userPaused = true;
      setPaused();
    },
    resume() {
      userPaused = false;
      setPaused();
    },
    hold() {
      held = true;
      setPaused();
    },
    release() {
      held = false;
      setPaused();
    },
    dispose() {
      disposed = true;
      stop();
      batcher.dispose();
    },
  };
}
