/**
 * Shares the event loop between streams that have pages to write and
 * everything else the service does. Each turn of the loop writes at most
 * `bytesPerTurn` of pages (always at least one page), taking the waiting
 * streams in turn; the rest wait for the next turn, after the I/O that
 * arrived meanwhile has been served. Without it, a thousand streams catching
 * up would each write a page in the same turn, and a read arriving then would
 * wait for all of them.
 */
export interface PagePacer {
  /** Queues `writePage` for a coming turn; it returns how many bytes it wrote. */
  request(writePage: () => number): void;
}

export function createPagePacer(bytesPerTurn: number): PagePacer {
  let waiting: Array<() => number> = [];
  let scheduled = false;

  const turn = () => {
    scheduled = false;
    const queued = waiting;
    waiting = [];
    let budget = bytesPerTurn;
    let next = 0;
    while (next < queued.length && budget > 0) {
      budget -= queued[next]!();
      next += 1;
    }
    // Those not reached go first next turn, ahead of pages requested during this one.
    waiting = [...queued.slice(next), ...waiting];
    if (waiting.length > 0) schedule();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };

  return {
    request(writePage) {
      waiting.push(writePage);
      schedule();
    },
  };
}
