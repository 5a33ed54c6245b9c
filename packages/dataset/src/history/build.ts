import type {
  Citation,
  CommitmentReversedData,
  Measure,
  MeasureAmendedData,
  MeasureStatusChangedData,
  PledgeMadeData,
  Precision,
  ProposedEvent,
} from '@cleannet/domain';

/** The precision a partial date is written at (`2020`, `2020-11`, `2020-11-10`). */
export function precisionOfDate(date: string): Precision {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  throw new RangeError(`not a partial date: ${date}`);
}

interface Fact {
  readonly id: string;
  readonly subject: string;
  readonly effectiveAt: string;
  readonly source: Citation;
}

function envelope(fact: Fact) {
  return {
    id: fact.id,
    subject: fact.subject,
    effectiveAt: fact.effectiveAt,
    effectivePrecision: precisionOfDate(fact.effectiveAt),
    schemaVersion: 1 as const,
    source: fact.source,
  };
}

export function pledge(fact: Fact & { readonly data: PledgeMadeData }): ProposedEvent {
  return { ...envelope(fact), type: 'PledgeMade', data: fact.data };
}

export function exclusion(fact: Fact & { readonly data: Measure }): ProposedEvent {
  return { ...envelope(fact), type: 'VendorsExcluded', data: fact.data };
}

export function ban(fact: Fact & { readonly data: Measure }): ProposedEvent {
  return { ...envelope(fact), type: 'BanEnacted', data: fact.data };
}

export function statusChange(
  fact: Fact & { readonly data: MeasureStatusChangedData },
): ProposedEvent {
  return { ...envelope(fact), type: 'MeasureStatusChanged', data: fact.data };
}

export function reversal(fact: Fact & { readonly data: CommitmentReversedData }): ProposedEvent {
  return { ...envelope(fact), type: 'CommitmentReversed', data: fact.data };
}

export function amendment(fact: Fact & { readonly data: MeasureAmendedData }): ProposedEvent {
  return { ...envelope(fact), type: 'MeasureAmended', data: fact.data };
}
