/**
 * Runs jobs one at a time in arrival order: the single writer. Every write
 * validates against the state its predecessor left, so no two writes can
 * both pass a check that only one of them may pass.
 */
export interface SerialQueue {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs queued or running. */
  readonly pending: number;
  /** Resolves once every job queued so far has settled. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run(job) {
      pending += 1;
      const result = tail.then(job);
      tail = result.then(
        () => {
          pending -= 1;
        },
        () => {
          pending -= 1;
        },
      );
      return result;
    },
    get pending() {
      return pending;
    },
    async idle() {
      while (pending > 0) await tail;
    },
  };
}
