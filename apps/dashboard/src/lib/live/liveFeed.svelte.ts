import type { CommitmentChange } from '../api/types.ts';
import { animationFrame, createFrameBatcher, type FrameScheduler } from './frameBatcher.ts';
import {
  connectSse,
  type ConnectionState,
  type SseConnection,
  type SseOptions,
} from './sseClient.ts';

export type LiveStatus = ConnectionState | 'paused';

export interface LiveItem {
  id: string;
  change: CommitmentChange;
  receivedAt: number;
}

export interface LiveFeed {
  readonly status: LiveStatus;
  /** Newest first, at most `keep`. */
  readonly items: readonly LiveItem[];
  readonly lastEventId: string | undefined;
  pause(): void;
  resume(): void;
  dispose(): void;
}

export interface LiveFeedOptions {
  url: string;
  /** Called once per frame with every change that arrived in it. */
  onChanges: (changes: CommitmentChange[]) => void;
  keep?: number;
  schedule?: FrameScheduler;
  connect?: (options: SseOptions) => SseConnection;
  now?: () => number;
}

/**
 * The live side of the dashboard: commitment changes from the SSE stream,
 * batched per frame. Pausing closes the stream; resuming reconnects with the
 * last id seen, so the server sends what was missed and nothing twice.
 */
export function createLiveFeed(options: LiveFeedOptions): LiveFeed {
  const keep = options.keep ?? 50;
  const connect = options.connect ?? connectSse;
  const now = options.now ?? Date.now;
  let status = $state<LiveStatus>('connecting');
  let items = $state.raw<LiveItem[]>([]);
  let lastEventId = $state<string | undefined>(undefined);
  let connection: SseConnection | null = null;

  const batcher = createFrameBatcher<LiveItem>((batch) => {
    items = [...[...batch].reverse(), ...items].slice(0, keep);
    options.onChanges(batch.map((item) => item.change));
  }, options.schedule ?? animationFrame);

  function open(): void {
    connection = connect({
      url: options.url,
      lastEventId,
      onState: (state) => {
        // A closed stream while paused is the pause itself, not an outage.
        if (status !== 'paused') status = state;
      },
      onMessage: (message) => {
        if (message.event !== 'commitment-change') return;
        if (message.id !== undefined) lastEventId = message.id;
        try {
          const change = JSON.parse(message.data) as CommitmentChange;
          batcher.push({ id: message.id ?? `${now()}`, change, receivedAt: now() });
        } catch {
          // A malformed message is skipped; the next ones still count.
        }
      },
    });
  }

  open();

  return {
    get status() {
      return status;
    },
    get items() {
      return items;
    },
    get lastEventId() {
      return lastEventId;
    },
    pause() {
      if (status === 'paused') return;
      status = 'paused';
      connection?.close();
      connection = null;
    },
    resume() {
      if (status !== 'paused') return;
      status = 'connecting';
      open();
    },
    dispose() {
      connection?.close();
      connection = null;
      batcher.dispose();
    },
  };
}
