import { actorKindOf, type ActorKind } from '../events/actor-ids.js';
import { isCommitted, type CommitmentStatus } from '../model/actor-state.js';
import { dayFromNumber } from '../time/day.js';
import type { Figure } from './figures.js';
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

export function membershipOf(
  view: LedgerView,
  reference: ReferenceIndex,
  query: { asOf: string; knownAt?: string },
): Membership {
  const year = Number(query.asOf.slice(0, 4));
  type Entry = {
    actorId: string;
    status: 'member' | 'weakened';
    joinDay: number;
    joinPosition: number;
    joinEventId: string;
    name?: string;
  };
  const entries: Entry[] = [];
  for (const actorId of view.actorIds) {
    const state = view.stateOf(actorId);
    if (state === undefined || !isCommitted(state.commitment)) continue;
    entries.push({
      actorId,
      status: state.commitment as Entry['status'],
      joinDay: state.joinDay ?? 0,
      joinPosition: state.joinPosition ?? 0,
      joinEventId: state.joinEventId ?? '',
      ...(state.name === undefined ? {} : { name: state.name }),
    });
  }
  entries.sort((a, b) => a.joinDay - b.joinDay || a.joinPosition - b.joinPosition);

  const counts = { country: 0, operator: 0, company: 0, bloc: 0, total: entries.length };
  const missingGdp: string[] = [];
  const missingSubscribers: string[] = [];
  let committedGdp = 0;
  let covered = 0;
  let operatorsWithFigure = 0;
  const committedIds = new Set<string>();

  const committed = entries.map((entry, index): CommittedActor => {
    const kind = actorKindOf(entry.actorId) as CommittedActor['kind'];
    counts[kind] += 1;
    committedIds.add(entry.actorId);
    const base = {
      actorId: entry.actorId,
      kind,
      status: entry.status,
      joined: dayFromNumber(entry.joinDay),
      joinEventId: entry.joinEventId,
      ordinal: index + 1,
    };
    const name = entry.name ?? nameOf(reference, entry.actorId);
    const named = name === undefined ? base : { ...base, name };
    if (kind === 'country') {
      const gdp = reference.gdp(entry.actorId, year);
      if (gdp === undefined) {
        missingGdp.push(entry.actorId);
        return named;
      }
      committedGdp += gdp.value;
      return { ...named, gdpUsd: gdp };
    }
    if (kind === 'operator') {
      const subscribers = reference.operators.get(entry.actorId)?.subscribers;
      if (subscribers === undefined) {
        missingSubscribers.push(entry.actorId);
        return named;
      }
      covered += subscribers.count;
      operatorsWithFigure += 1;
      return { ...named, subscribers: { count: subscribers.count, year: subscribers.year } };
    }
    return named;
  });

  let worldGdp = 0;
  for (const code of reference.countryCodes) worldGdp += reference.gdp(code, year)?.value ?? 0;

  const asOfDay = view.asOfDay;
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

  return {
    asOf: query.asOf,
    ...(query.knownAt === undefined ? {} : { knownAt: query.knownAt }),
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
}

export function nameOf(reference: ReferenceIndex, actorId: string): string | undefined {
  return (
    reference.countryNames.get(actorId) ??
    reference.operators.get(actorId)?.name ??
    reference.companies.get(actorId)?.name ??
    reference.blocNames.get(actorId)
  );
}
