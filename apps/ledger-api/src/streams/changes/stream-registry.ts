/** DI token for the StreamRegistry. */
export const STREAM_REGISTRY = Symbol('STREAM_REGISTRY');

export interface StreamCaps {
  /** Open streams in all. */
  readonly maxStreams: number;
  /** Open streams per client address. */
  readonly maxPerAddress: number;
}

/**
 * Open SSE streams: says when a new one would break a cap, and lets shutdown
 * end them all instead of waiting on them.
 */
export interface StreamRegistry {
  readonly size: number;
  /** The cap a new stream from `address` would break, if any. */
  refusal(address: string): 'streams' | 'address' | undefined;
  /** Registers an open stream with its `close`; returns the function that unregisters it. */
  add(address: string, close: () => void): () => void;
  closeAll(): void;
}

export function createStreamRegistry(caps: StreamCaps): StreamRegistry {
  const open = new Set<() => void>();
  const perAddress = new Map<string, number>();
  return {
    get size() {
      return open.size;
    },
    refusal(address) {
      if (open.size >= caps.maxStreams) return 'streams';
      if ((perAddress.get(address) ?? 0) >= caps.maxPerAddress) return 'address';
      return undefined;
    },
    add(address, close) {
      open.add(close);
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        open.delete(close);
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left === 0) perAddress.delete(address);
        else perAddress.set(address, left);
      };
    },
    closeAll() {
      for (const close of [...open]) close();
    },
  };
}
