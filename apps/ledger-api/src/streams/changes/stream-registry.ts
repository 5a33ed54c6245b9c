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
  /**
   * Registers an open stream with its `close` and what it holds for its client
   * (bytes its socket has not taken yet); returns the function that unregisters it.
   */
  add(address: string, close: () => void, buffered: () => number): () => void;
  /** Bytes held for all clients beyond what their sockets took. */
  bufferedBytes(): number;
  closeAll(): void;
}

export function createStreamRegistry(caps: StreamCaps): StreamRegistry {
  const open = new Map<() => void, () => number>();
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
    add(address, close, buffered) {
      open.set(close, buffered);
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
    bufferedBytes() {
      let bytes = 0;
      for (const buffered of open.values()) bytes += buffered();
      return bytes;
    },
    closeAll() {
      for (const close of [...open.keys()]) close();
    },
  };
}
