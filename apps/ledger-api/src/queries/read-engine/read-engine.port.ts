import type { LedgerEvent } from '@cleannet/domain';
import type { ReadinessCheck } from '../../ops/health/readiness.port.js';
import type { SerialisedAnswer } from '../answer-cache/serialise-answer.js';
import type { ReadRequest } from './read-request.js';

/** DI token for the ReadEngine. */
export const READ_ENGINE = Symbol('READ_ENGINE');

/**
 * Answers index reads. Fed every applied event in log order (attach before
 * the engine starts); an answer reflects exactly the events observed before
 * `answer` was called, so a read sent after a 201 sees the appended event.
 */
export interface ReadEngine {
  /** With whether the event changed any state (the index's `effectOf`; true when unknown). */
  observe(event: LedgerEvent, statesChanged?: boolean): void;
  answer(request: ReadRequest): Promise<SerialisedAnswer>;
  /** For `/readyz`: whether reads can be answered (`reads`). */
  readiness(): ReadinessCheck;
  /** Answers what was asked, then stops. */
  close(): Promise<void>;
}
