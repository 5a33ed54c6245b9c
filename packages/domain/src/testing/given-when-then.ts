import type { Command } from '../decider/commands.js';
import { decide } from '../decider/decide.js';
import type { Decision } from '../decider/decision.js';
import type { DomainError, DomainErrorCode } from '../decider/errors.js';
import { evolve, initialState } from '../decider/state.js';
import type { LedgerEvent } from '../events/envelope.js';
import { canonicalJson } from '../decider/fingerprint.js';

/**
 * Decider specifications that read as sentences:
 * `given(pledged).when(reverse).then([reversed])`, `.thenFails('nothing-to-reverse')`.
 * Plain errors, no test framework, so the helper stays inside the pure package.
 */
export function given(...history: LedgerEvent[]) {
  const state = history.reduce(evolve, initialState());
  return {
    when(command: Command) {
      const decision = decide(command, state);
      return {
        then(expected: readonly LedgerEvent[]): readonly LedgerEvent[] {
          if (!decision.ok)
            throw new Error(
              `expected events, got ${decision.error.code}: ${decision.error.message}`,
            );
          const got = canonicalJson(decision.events);
          const want = canonicalJson(expected);
          if (got !== want) throw new Error(`expected events\n${want}\nbut got\n${got}`);
          return decision.events;
        },
        thenNothingHappened(): void {
          if (!decision.ok || decision.events.length > 0)
            throw new Error(`expected nothing, got ${describe(decision)}`);
        },
        thenFails(code: DomainErrorCode): DomainError {
          if (decision.ok) throw new Error(`expected ${code}, got ${describe(decision)}`);
          if (decision.error.code !== code) {
            throw new Error(
              `expected ${code}, got ${decision.error.code}: ${decision.error.message}`,
            );
          }
          return decision.error;
        },
      };
    },
  };
}

function describe(decision: Decision): string {
  return decision.ok
    ? `${decision.events.length} event(s): ${decision.events.map((event) => event.type).join(', ')}`
    : `${decision.error.code}: ${decision.error.message}`;
}
