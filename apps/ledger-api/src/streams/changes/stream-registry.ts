/** DI token for the StreamRegistry. */
export const STREAM_REGISTRY = Symbol('STREAM_REGISTRY');

/** Open SSE streams, so shutdown can end them instead of waiting on them. */
export interface StreamRegistry {
  readonly size: number;
  add(close: () => void): () => void;
  closeAll(): void;
}

export function createStreamRegistry(): StreamRegistry {
  const open = new Set<() => void>();
  return {
    get size() {
      return open.size;
    },
    add(close) {
      open.add(close);
      return () => open.delete(close);
    },
    closeAll() {
      for (const close of [...open]) close();
      open.clear();
    },
  };
}
