import type { ReadModel } from '../../ledger/read-model.js';
import { serialiseAnswer } from '../answer-cache/serialise-answer.js';
import { computeAnswer, type AnswerSource } from './compute-answer.js';
import { createTrendPointCache } from './trend-points.js';
import type { ReadEngine } from './read-engine.port.js';

/**
 * Index reads on the main thread, from the read model the engine feeds
 * (`LEDGER_READ_WORKER=false`): no second copy of the index, for small
 * deployments and where worker threads are not wanted.
 */
export function createInlineReadEngine(model: ReadModel): ReadEngine {
  const source: AnswerSource = {
    index: model.index,
    nameOf: (actorId) => model.nameOf(actorId),
    trendPoints: createTrendPointCache(model.index),
  };
  return {
    // The read model's index is fed by the engine itself, before this.
    observe(event, statesChanged) {
      source.trendPoints.observe(event, statesChanged);
    },
    answer(request) {
      try {
        return Promise.resolve(serialiseAnswer(computeAnswer(source, request), request.csv));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    readiness: () => ({ name: 'reads', ok: true }),
    close: () => Promise.resolve(),
  };
}
