import type { TimelineEntry } from '../api/types.ts';

type NameOf = (id: string) => string;

interface Scope {
  part: string;
  generations: string[];
  measure: { kind: string; deadline?: string; percent?: number };
}

interface VendorSelector {
  kind: 'named' | 'criteria';
  vendorIds?: string[];
  knownAffected?: string[];
  description?: string;
}

function vendorsOf(selector: VendorSelector | undefined, nameOf: NameOf): string {
  if (!selector) return 'vendors';
  if (selector.kind === 'named') return (selector.vendorIds ?? []).map(nameOf).join(', ');
  const affected = (selector.knownAffected ?? []).map(nameOf).join(', ');
  return `vendors meeting "${selector.description ?? 'criteria'}"${affected ? ` (${affected})` : ''}`;
}

function scopeText(scope: Scope): string {
  const generations = scope.generations.includes('all')
    ? ''
    : ` ${scope.generations.join('/').toUpperCase()}`;
  const part = scope.part.replace(/-/g, ' ');
  const measure =
    scope.measure.kind === 'removal'
      ? `removal by ${scope.measure.deadline ?? '?'}`
      : scope.measure.kind === 'cap'
        ? `capped at ${scope.measure.percent ?? '?'}%${scope.measure.deadline ? ` by ${scope.measure.deadline}` : ''}`
        : 'no new purchases';
  return `${part}${generations}: ${measure}`;
}

/** One sentence for a timeline entry, in the reader's words rather than the schema's. */
export function describeEntry(entry: Pick<TimelineEntry, 'type' | 'data'>, nameOf: NameOf): string {
  const data = entry.data as Record<string, unknown>;
  switch (entry.type) {
    case 'PledgeMade':
      return `Joins the ${String(data.programme ?? 'clean-network').replace(/-/g, ' ')} (${String(data.instrument ?? 'statement')})`;
    case 'VendorsExcluded':
    case 'BanEnacted': {
      const verb = entry.type === 'BanEnacted' ? 'Bans' : 'Excludes';
      const scopes = ((data.scopes as Scope[] | undefined) ?? []).map(scopeText).join('; ');
      return `${verb} ${vendorsOf(data.vendors as VendorSelector | undefined, nameOf)} (${String(data.instrument ?? '')}): ${scopes}`;
    }
    case 'MeasureStatusChanged':
      return `Measure ${String(data.measureId)} ${String(data.change)} by ${String(data.by)}`;
    case 'MeasureAmended':
      return `Measure ${String(data.measureId)} amended: ${((data.scopes as Scope[] | undefined) ?? []).map(scopeText).join('; ')}`;
    case 'CommitmentReversed': {
      const readmitted = ((data.vendorsReadmitted as string[] | undefined) ?? [])
        .map(nameOf)
        .join(', ');
      const target = (data.target as { kind: string; measureId?: string } | undefined) ?? {
        kind: 'pledge',
      };
      const what = target.kind === 'pledge' ? 'its pledge' : `measure ${target.measureId ?? ''}`;
      return `Reverses ${what} (${String(data.extent ?? 'full')})${readmitted ? `, readmitting ${readmitted}` : ''}`;
    }
    default:
      // Corrections and retractions are folded into the facts they change.
      return String(entry.type);
  }
}
