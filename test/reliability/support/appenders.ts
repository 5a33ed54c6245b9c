import { doomedReversal, dayFor, pledge } from './events.js';
import { postJson } from './http.js';

/**
 * What one append request came to: the status the service answered, or
 * 'unknown' when the connection was cut with no answer (the event may or may
 * not be stored).
 */
export interface AppendOutcome {
  readonly id: string;
  readonly doomed: boolean;
  readonly status: number | 'unknown';
  /** What was sent, so it can be retried as is. */
  readonly event: object;
}

export interface Appenders {
  /** Acknowledged (201) so far. */
  acknowledged(): number;
  /** Stops every client after its request in flight and returns every outcome. */
  stop(): Promise<AppendOutcome[]>;
}

/**
 * `clients` concurrent recorders, each appending one event at a time until
 * stopped or until the service stops answering. The second request of
 * every `doomedEvery` is a reversal the decider refuses (422), so answered
 * errors are part of every run. `prefix` keeps ids and subjects unique per
 * run. After a 503 a client waits `pauseAfter503Ms` before its next request.
 */
export function startAppenders(
  baseUrl: string,
  {
    clients,
    prefix,
    doomedEvery = 3,
    pauseAfter503Ms = 200,
  }: { clients: number; prefix: string; doomedEvery?: number; pauseAfter503Ms?: number },
): Appenders {
  const outcomes: AppendOutcome[] = [];
  let stopped = false;
  let acked = 0;
  const client = async (c: number) => {
    for (let n = 1; !stopped; n += 1) {
      const id = `${prefix}-c${c}-n${n}`;
      const doomed = n % doomedEvery === 2 % doomedEvery;
      const event = doomed
        ? doomedReversal(`operator:${prefix}-never-c${c}-n${n}`, id)
        : pledge(`operator:${prefix}-c${c}-n${n}`, id, dayFor(c * 1000 + n));
      try {
        const answer = await postJson(baseUrl, '/v1/events', event, undefined, 15_000);
        outcomes.push({ id, doomed, status: answer.status, event });
        if (answer.status === 201) acked += 1;
        if (answer.status === 503) await new Promise((r) => setTimeout(r, pauseAfter503Ms));
      } catch {
        outcomes.push({ id, doomed, status: 'unknown', event });
        return; // the service is gone
      }
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  return {
    acknowledged: () => acked,
    stop: async () => {
      stopped = true;
      await running;
      return outcomes;
    },
  };
}

/** Waits until `predicate` holds, polling; throws after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
