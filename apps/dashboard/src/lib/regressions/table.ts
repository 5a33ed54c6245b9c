import type { CommitmentChange } from '../api/types.ts';
import type { TableData } from '../csv/tableData.ts';
import { formatDated } from '../dating/period.ts';

/** Every regression with its before/after status and its source, newest first. */
export function regressionsTable(
  changes: readonly CommitmentChange[],
  nameOf: (id: string) => string,
): TableData {
  const rows = [...changes]
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn))
    .map((change) => ({
      dated: formatDated(change.effectiveOn, change.effectivePrecision),
      date: change.effectiveOn,
      actor: nameOf(change.actorId),
      actorId: change.actorId,
      what:
        change.dimension === 'measure' ? `measure ${change.measureId ?? ''}`.trim() : 'commitment',
      before: change.before,
      after: change.after,
      readmitted: (change.vendorsReadmitted ?? []).map(nameOf).join(', ') || null,
      source: change.source.document,
      url: change.source.url ?? null,
      quote: change.source.quote ?? null,
      confidence: change.source.confidence,
      cause: change.causeEventId,
    }));
  return {
    columns: [
      { key: 'dated', label: 'Dated (as the source gives it)' },
      { key: 'date', label: 'Counted from' },
      { key: 'actor', label: 'Actor' },
      { key: 'what', label: 'What' },
      { key: 'before', label: 'Before' },
      { key: 'after', label: 'After' },
      { key: 'readmitted', label: 'Vendors readmitted' },
      { key: 'source', label: 'Source' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'cause', label: 'Cause event' },
    ],
    rows,
  };
}

/** Position along a timeline from `start` to `end`, as a fraction 0..1. */
export function positionOn(day: string, start: string, end: string): number {
  const at = Date.parse(`${day}T00:00:00Z`);
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (to <= from) return 0;
  return Math.min(1, Math.max(0, (at - from) / (to - from)));
}
