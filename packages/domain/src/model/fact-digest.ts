import {
  MEASURE_STATUS_CHANGES,
  type CommitmentReversedData,
  type FactType,
  type MeasureStatusChange,
  type MeasureStatusChangedData,
  type PledgeMadeData,
} from '../events/kinds.js';
import type { Fact } from './fact.js';

/**
 * What the fold needs of most facts' `data`, read when the fact is made:
 * the measure a fact is about and a number for the rest (which status
 * change, which reversal, a pledge that names nobody). The fold steps
 * through every fact of an actor; `data` lies beside its event, wherever
 * the log's parser put it, so reading it there cost a cache miss per fact,
 * while the fact is made right after its event was read. `UNREAD` says
 * nothing is digested: the fold reads `data` as before.
 */
export const UNREAD = 0;
const STATUS_CHANGE_BASE = 1;
const PLEDGE_REVERSED_FULLY = 11;
const PLEDGE_REVERSED_PARTLY = 12;
const MEASURE_REVERSED_FULLY = 13;
const MEASURE_REVERSED_PARTLY = 14;
const PLEDGE_WITHOUT_NAMES = 21;

/** The measure a fact is about: a measure's, a status change's, an amendment's, a measure reversal's. */
export function measureIdOfData(type: FactType, data: Fact['data']): string | undefined {
  switch (type) {
    case 'VendorsExcluded':
    case 'BanEnacted':
    case 'MeasureStatusChanged':
    case 'MeasureAmended':
      return (data as { measureId: string }).measureId;
    case 'CommitmentReversed': {
      const { target } = data as CommitmentReversedData;
      return target.kind === 'measure' ? target.measureId : undefined;
    }
    default:
      return undefined;
  }
}

/** The digest of a fact's data (see above). */
export function digestOfData(type: FactType, data: Fact['data']): number {
  switch (type) {
    case 'MeasureStatusChanged': {
      const at = MEASURE_STATUS_CHANGES.indexOf((data as MeasureStatusChangedData).change);
      return at < 0 ? UNREAD : STATUS_CHANGE_BASE + at;
    }
    case 'CommitmentReversed': {
      const { target, extent } = data as CommitmentReversedData;
      if (extent !== 'full' && extent !== 'partial') return UNREAD;
      if (target.kind === 'pledge')
        return extent === 'full' ? PLEDGE_REVERSED_FULLY : PLEDGE_REVERSED_PARTLY;
      if (target.kind === 'measure')
        return extent === 'full' ? MEASURE_REVERSED_FULLY : MEASURE_REVERSED_PARTLY;
      return UNREAD;
    }
    case 'PledgeMade': {
      const { actorName, homeCountry } = data as PledgeMadeData;
      return actorName === undefined && homeCountry === undefined ? PLEDGE_WITHOUT_NAMES : UNREAD;
    }
    default:
      return UNREAD;
  }
}

/** The measure id of a measure, status change, amendment or measure reversal. */
export function factMeasureId(fact: Fact): string {
  return fact.measureId ?? (measureIdOfData(fact.type, fact.data) as string);
}

export function factStatusChange(fact: Fact): MeasureStatusChange {
  const { digest } = fact;
  return digest === UNREAD
    ? (fact.data as MeasureStatusChangedData).change
    : (MEASURE_STATUS_CHANGES[digest - STATUS_CHANGE_BASE] as MeasureStatusChange);
}

/** Whether a reversal targets the pledge (otherwise a measure). */
export function reversesPledge(fact: Fact): boolean {
  const { digest } = fact;
  if (digest === UNREAD) return (fact.data as CommitmentReversedData).target.kind === 'pledge';
  return digest === PLEDGE_REVERSED_FULLY || digest === PLEDGE_REVERSED_PARTLY;
}

/** Whether a reversal's extent is full (otherwise partial). */
export function reversesFully(fact: Fact): boolean {
  const { digest } = fact;
  if (digest === UNREAD) return (fact.data as CommitmentReversedData).extent === 'full';
  return digest === PLEDGE_REVERSED_FULLY || digest === MEASURE_REVERSED_FULLY;
}

/** A pledge's name and home country (`undefined` each when it gives none). */
export function pledgeNames(fact: Fact): PledgeMadeData | undefined {
  return fact.digest === PLEDGE_WITHOUT_NAMES ? undefined : (fact.data as PledgeMadeData);
}
