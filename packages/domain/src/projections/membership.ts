import type { ActorKind } from '../events/actor-ids.js';
import { isCommitted, type ActorState, type CommitmentStatus } from '../model/actor-state.js';
import { dayFromNumber } from '../time/day.js';
import type { Figure, YearFigures } from './figures.js';
import type { ReferenceIndex } from './reference-index.js';
import type { LedgerView } from './view.js';

export interface CommittedActor {
  readonly actorId: string;
  readonly kind: Exclude<ActorKind, 'vendor'>;
  readonly name?: string;
  readonly status: Extract<CommitmentStatus, 'member' | 'weakened'>;
  /** Day the current membership began. */
  readonly joined: string;
  readonly joinEventId: string;
  /** 1 for the earliest joiner still committed, and so on. */
  readonly ordinal: number;
  /** Countries only: GDP with the year it is for. */
  readonly gdpUsd?: Figure;
  /** Operators only: subscribers from reference data. */
  readonly subscribers?: { readonly count: number; readonly year: number };
}

export interface BlocCoverage {
  readonly blocId: string;
  readonly name: string;
  readonly members: number;
  readonly committed: number;
  /** "26 of 27". */
  readonly label: string;
  readonly committedMembers: readonly string[];
  readonly uncommittedMembers: readonly string[];
  /** Whether the bloc itself has endorsed the programme. */
  readonly blocCommitted: boolean;
}

export interface Membership {
  readonly asOf: string;
  readonly knownAt?: string;
  readonly committed: readonly CommittedActor[];
  readonly counts: Readonly<Record<'country' | 'operator' | 'company' | 'bloc' | 'total', number>>;
  readonly gdp: {
    readonly committedUsd: number;
    readonly worldUsd: number;
    /** committedUsd / worldUsd over countries with a figure; null when there is no world figure. */
    readonly share: number | null;
    /** Year asked for; figures from earlier years say so in `committed[].gdpUsd.year`. */
    readonly year: number;
  };
  readonly subscribers: { readonly covered: number; readonly operatorsWithFigure: number };
  readonly blocs: readonly BlocCoverage[];
  /** Committed actors the reference data has no figure for: never counted as zero. */
  readonly missing: { readonly gdp: readonly string[]; readonly subscribers: readonly string[] };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function membershipOf(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
): Membership {
  const committedStates: ActorState[] = [];
  view.forEachState((state) => {
    if (isCommitted(state.commitment)) committedStates.push(state);
  });
  committedStates.sort(byJoinOrder);
  return membershipAnswer(committedStates, view.asOfDay, reference, query);
}

/** The order of `committed`: by join day, then by the log position of the pledge. */
export function byJoinOrder(a: ActorState, b: ActorState): number {
  return (a.joinDay ?? 0) - (b.joinDay ?? 0) || (a.joinPosition ?? 0) - (b.joinPosition ?? 0);
}

/**
 * What the answer says about one committed actor except its ordinal and its
 * GDP (which depend on the query): the index prepares it once per committed
 * stretch, so that a query only copies it. Every instance has the same keys,
 * so that the query's loop reads one shape.
 */
export interface CommittedEntryParts {
  readonly actorId: string;
  readonly kind: CommittedActor['kind'];
  readonly status: CommittedActor['status'];
  readonly joined: string;
  readonly joinEventId: string;
  readonly name: string | undefined;
  /** Operators only. */
  readonly subscribers: CommittedActor['subscribers'];
  /** `subscribers.count`, kept here so that summing does not read every operator's figure. */
  readonly subscriberCount: number;
  /** Countries only: GDP by year. */
  readonly gdp: YearFigures | undefined;
}

export function committedEntryParts(
  state: ActorState,
  reference: ReferenceIndex,
): CommittedEntryParts {
  const actorId = state.actorId;
  const known = reference.actor(actorId);
  const kind = known.kind as CommittedActor['kind'];
  const subscribers = kind === 'operator' ? known.subscribers : undefined;
  return {
    actorId,
    kind,
    status: state.commitment as CommittedActor['status'],
    joined: dayFromNumber(state.joinDay ?? 0),
    joinEventId: state.joinEventId ?? '',
    name: state.name ?? known.name,
    subscribers,
    subscriberCount: subscribers?.count ?? 0,
    gdp: kind === 'country' ? reference.gdpFigures(actorId) : undefined,
  };
}

/**
 * The answer's entry. Optional keys are left out rather than set to
 * undefined, and come in this order: name, then GDP or subscribers. Each
 * combination is its own literal, so that V8 builds each at once.
 */
function committedEntry(
  parts: CommittedEntryParts,
  ordinal: number,
  gdpUsd: Figure | undefined,
): CommittedActor {
  const { actorId, kind, status, joined, joinEventId, name, subscribers } = parts;
  if (name === undefined) {
    if (gdpUsd !== undefined)
      return { actorId, kind, status, joined, joinEventId, ordinal, gdpUsd };
    if (subscribers !== undefined)
      return { actorId, kind, status, joined, joinEventId, ordinal, subscribers };
    return { actorId, kind, status, joined, joinEventId, ordinal };
  }
  if (gdpUsd !== undefined)
    return { actorId, kind, status, joined, joinEventId, ordinal, name, gdpUsd };
  if (subscribers !== undefined)
    return { actorId, kind, status, joined, joinEventId, ordinal, name, subscribers };
  return { actorId, kind, status, joined, joinEventId, ordinal, name };
}

/** The answer from the committed actors' states, already in join order (`byJoinOrder`). */
export function membershipAnswer(
  committedStates: readonly ActorState[],
  asOfDay: number,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
  /** When the caller has them: each state's `committedEntryParts` (same order). */
  described?: { readonly parts: readonly CommittedEntryParts[] },
): Membership {
  const year = Number(query.asOf.slice(0, 4));
  const parts =
    described?.parts ?? committedStates.map((state) => committedEntryParts(state, reference));

  const counts = { country: 0, operator: 0, company: 0, bloc: 0, total: parts.length };
  const missingGdp: string[] = [];
  const missingSubscribers: string[] = [];
  let committedGdp = 0;
  let covered = 0;
  let operatorsWithFigure = 0;
  const committedIds = new Set<string>();

  const committed = new Array<CommittedActor>(parts.length);
  for (let index = 0; index < parts.length; index += 1) {
    const actor = parts[index] as CommittedEntryParts;
    const kind = actor.kind;
    counts[kind] += 1;
    // Only blocs' coverage reads this: bloc members are countries.
    if (kind === 'country' || kind === 'bloc') committedIds.add(actor.actorId);
    let gdp: Figure | undefined;
    if (kind === 'country') {
      gdp = actor.gdp?.at(year);
      if (gdp === undefined) missingGdp.push(actor.actorId);
      else committedGdp += gdp.value;
    } else if (kind === 'operator') {
      if (actor.subscribers === undefined) missingSubscribers.push(actor.actorId);
      else {
        covered += actor.subscriberCount;
        operatorsWithFigure += 1;
      }
    }
    committed[index] = committedEntry(actor, index + 1, gdp);
  }

  const worldGdp = reference.worldGdp(year);

  const blocs = reference.blocs.map((bloc): BlocCoverage => {
    const members = bloc.members
      .filter((member) => member.from <= asOfDay && asOfDay < member.until)
      .map((member) => member.country);
    const committedMembers = members.filter((country) => committedIds.has(country));
    return {
      blocId: bloc.id,
      name: bloc.name,
      members: members.length,
      committed: committedMembers.length,
      label: `${committedMembers.length} of ${members.length}`,
      committedMembers,
      uncommittedMembers: members.filter((country) => !committedIds.has(country)),
      blocCommitted: committedIds.has(bloc.id),
    };
  });

  const membership: Mutable<Membership> = {
    asOf: query.asOf,
    committed,
    counts,
    gdp: {
      committedUsd: committedGdp,
      worldUsd: worldGdp,
      share: worldGdp > 0 ? committedGdp / worldGdp : null,
      year,
    },
    subscribers: { covered, operatorsWithFigure },
    blocs,
    missing: { gdp: missingGdp, subscribers: missingSubscribers },
  };
  if (query.knownAt !== undefined) membership.knownAt = query.knownAt;
  return membership;
}

export function nameOf(reference: ReferenceIndex, actorId: string): string | undefined {
  return (
    reference.countryNames.get(actorId) ??
    reference.operators.get(actorId)?.name ??
    reference.companies.get(actorId)?.name ??
    reference.blocNames.get(actorId)
  );
}
