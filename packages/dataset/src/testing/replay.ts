import { placeOnTimeline, type ProposedEvent } from '@cleannet/domain';

/**
 * A minimal fold of the curated history for the validation suite, following
 * the contract's rules (partial dates placed at the end of their period,
 * ties broken by log order). It answers only what the suite asks.
 */
interface Placed {
  readonly event: ProposedEvent;
  readonly day: string;
  readonly position: number;
}

function placed(events: readonly ProposedEvent[]): Placed[] {
  return events
    .map((event, position) => ({ event, day: placeOnTimeline(event.effectiveAt), position }))
    .sort((a, b) => (a.day === b.day ? a.position - b.position : a.day < b.day ? -1 : 1));
}

const isCountry = (actor: string) => /^[A-Z]{2}$/.test(actor);

export interface Member {
  readonly actor: string;
  readonly joined: string;
  /** 1-based order of joining among actors of the same kind. */
  readonly ordinal: number;
}

/** Actors committed on `asOf`: pledged and not fully reversed, with their join ordinal. */
export function membersAsOf(
  events: readonly ProposedEvent[],
  asOf: string,
  kind: 'country' | 'operator' | 'company' | 'bloc',
): Member[] {
  const ofKind = (actor: string) =>
    kind === 'country' ? isCountry(actor) : actor.startsWith(`${kind}:`);
  const joined = new Map<string, { day: string; ordinal: number }>();
  const reversed = new Set<string>();
  for (const { event, day } of placed(events)) {
    if (day > asOf || !ofKind(event.subject)) continue;
    if (event.type === 'PledgeMade' && !joined.has(event.subject)) {
      joined.set(event.subject, { day, ordinal: joined.size + 1 });
    }
    if (
      event.type === 'CommitmentReversed' &&
      event.data.target.kind === 'pledge' &&
      event.data.extent === 'full'
    ) {
      reversed.add(event.subject);
    }
  }
  return [...joined]
    .filter(([actor]) => !reversed.has(actor))
    .map(([actor, { day, ordinal }]) => ({ actor, joined: day, ordinal }));
}

/** Reversals effective on or before `asOf` (the regressions the ledger must show). */
export function reversalsAsOf(events: readonly ProposedEvent[], asOf: string): ProposedEvent[] {
  return placed(events)
    .filter(({ event, day }) => event.type === 'CommitmentReversed' && day <= asOf)
    .map(({ event }) => event);
}
