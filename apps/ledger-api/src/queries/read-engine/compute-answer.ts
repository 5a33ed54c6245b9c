import { actorKindOf, dayFromNumber } from '@cleannet/domain';
import type { LedgerIndex } from '@cleannet/ledger-index';
import type { ComputedAnswer } from '../answer-cache/serialise-answer.js';
import type { AsOf, ReadRequest } from './read-request.js';
import { trendsJson, type TrendPointCache } from './trend-points.js';

/** What index reads are answered from: the projections and the reference names. */
export interface AnswerSource {
  readonly index: LedgerIndex;
  /** The actor's name from the reference data, for actors whose events carry none. */
  nameOf(actorId: string): string | undefined;
  /** Trend points kept between reads, fed the same events as the index. */
  readonly trendPoints: TrendPointCache;
}

/**
 * The answer document of an index read, and its main table for CSV. One
 * function for every place reads are computed (the main thread or a read
 * worker), so both give the same bytes.
 */
export function computeAnswer(source: AnswerSource, request: ReadRequest): ComputedAnswer {
  const { index } = source;
  switch (request.route) {
    case 'membership': {
      const result = index.membership(request.query);
      return {
        body: result,
        table: result.committed as never,
        filename: `membership-${result.asOf}`,
      };
    }
    case 'exposure': {
      const result = index.exposure(request.query, request.vendor);
      return { body: result, table: result.vendors as never, filename: `exposure-${result.asOf}` };
    }
    case 'regressions': {
      const regressions = index.regressions(request.query);
      return {
        body: { ...request.query, regressions },
        table: regressions as never,
        filename: `regressions-${request.query.asOf}`,
      };
    }
    case 'actors': {
      const actors = actorList(source, request.query, request.kind);
      return {
        body: { ...request.query, actors },
        table: actors,
        filename: `actors-${request.query.asOf}`,
      };
    }
    case 'timeline':
      return { body: index.timeline(request.actorId, request.query) };
    case 'trends': {
      const { from, to, interval } = request;
      const { points, pointsJson } = source.trendPoints.series(request);
      return {
        body: { from, to, interval, points },
        json: trendsJson(request, pointsJson),
        table: points as never,
        filename: 'trends',
      };
    }
  }
}

function actorList(source: AnswerSource, query: AsOf, kind: string | undefined) {
  const view = source.index.view(query);
  return view.actorIds
    .filter((id) => kind === undefined || actorKindOf(id) === kind)
    .map((id) => {
      const state = view.stateOf(id);
      return {
        id,
        kind: actorKindOf(id),
        name: state?.name ?? source.nameOf(id) ?? null,
        commitment: state?.commitment ?? 'none',
        joinedOn: state?.joinDay == null ? null : dayFromNumber(state.joinDay),
        measures: state?.measures.length ?? 0,
      };
    });
}
