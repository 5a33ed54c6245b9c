import { neutral, okabeIto } from './okabeIto.ts';

/**
 * What the map shows for a country as of a date: its market status for the
 * selected vendor where a measure applies, else its commitment.
 */
export const mapStatuses = [
  'member',
  'banned',
  'restricted',
  'phase-out-pending',
  'suspended',
  'reversed',
  'reversal-dated-within',
  'no-commitment',
  'no-data',
] as const;
export type MapStatus = (typeof mapStatuses)[number];

/** The ledger's market status of a country for one vendor (docs/event-model.md). */
export const marketStatuses = [
  'closed',
  'phase-out-pending',
  'restricted',
  'suspended',
  'open',
] as const;
export type MarketStatus = (typeof marketStatuses)[number];

/** The ledger's commitment status of an actor. */
export type CommitmentStatus = 'none' | 'member' | 'reversed' | 'weakened';

/**
 * A second cue besides colour, for the states that are easy to confuse or
 * easy to miss: a hatch drawn over the fill and a word in the legend.
 * `stripes` alternates the fill with a second colour (`ink`), for a state
 * between two others.
 */
export type Pattern = 'none' | 'diagonal' | 'dots' | 'stripes';

export interface StatusStyle {
  label: string;
  colour: string;
  pattern: Pattern;
  /** The second colour of a `stripes` pattern. */
  ink?: string;
  /** What the state means, for the legend and tooltips. */
  description: string;
}

export const mapStatusStyles: Record<MapStatus, StatusStyle> = {
  member: {
    label: 'Member',
    colour: okabeIto.bluishGreen,
    pattern: 'none',
    description: 'Pledged to the Clean Network or 5G Clean Path, not walked back',
  },
  banned: {
    label: 'Banned',
    colour: okabeIto.blue,
    pattern: 'none',
    description: 'The vendor is barred from the whole network',
  },
  restricted: {
    label: 'Restricted',
    colour: okabeIto.skyBlue,
    pattern: 'none',
    description: 'Barred from part of the network, capped, or excluded by some operators',
  },
  'phase-out-pending': {
    label: 'Phase-out pending',
    colour: okabeIto.yellow,
    pattern: 'diagonal',
    description: 'A removal deadline is still ahead',
  },
  suspended: {
    label: 'Suspended',
    colour: okabeIto.reddishPurple,
    pattern: 'dots',
    description: 'The strongest measure is suspended by a court or government',
  },
  reversed: {
    label: 'Reversed',
    colour: okabeIto.vermillion,
    pattern: 'none',
    description: 'Walked back its commitment',
  },
  'reversal-dated-within': {
    label: 'Member; reversal dated within this period',
    colour: okabeIto.bluishGreen,
    pattern: 'stripes',
    ink: okabeIto.vermillion,
    description:
      'Still counted as a member: the source dates its reversal only to this year or month, and the ledger counts it from the end of that period',
  },
  'no-commitment': {
    label: 'No commitment',
    colour: neutral.none,
    pattern: 'none',
    description: 'No pledge or measure recorded',
  },
  'no-data': {
    label: 'No data',
    colour: neutral.noData,
    pattern: 'none',
    description: 'Not covered by the ledger',
  },
};

/** Bands of the vendor exposure chart, closed first as they stack. */
export const marketStatusStyles: Record<MarketStatus, StatusStyle> = {
  closed: { ...mapStatusStyles.banned, label: 'Closed' },
  'phase-out-pending': mapStatusStyles['phase-out-pending'],
  restricted: mapStatusStyles.restricted,
  suspended: mapStatusStyles.suspended,
  open: {
    label: 'Open',
    colour: okabeIto.orange,
    pattern: 'none',
    description: 'No measure against the vendor',
  },
};

const marketToMap: Record<Exclude<MarketStatus, 'open'>, MapStatus> = {
  closed: 'banned',
  'phase-out-pending': 'phase-out-pending',
  restricted: 'restricted',
  suspended: 'suspended',
};

/**
 * One status per country. A measure against the vendor says more than a
 * pledge, so it wins, except that a reversal (the story's turning point)
 * is shown over a mere restriction; so is a member whose reversal the source
 * dates only to a period that holds the date (`reversalDatedWithin`).
 */
export function mapStatusOf(
  commitment: CommitmentStatus | undefined,
  market: MarketStatus | undefined,
  known: boolean,
  reversalDatedWithin = false,
): MapStatus {
  if (!known) return 'no-data';
  if (market === 'closed' || market === 'suspended' || market === 'phase-out-pending') {
    return marketToMap[market];
  }
  if (commitment === 'reversed') return 'reversed';
  const member = commitment === 'member' || commitment === 'weakened';
  if (member && reversalDatedWithin) return 'reversal-dated-within';
  if (market === 'restricted') return 'restricted';
  if (commitment === 'member' || commitment === 'weakened') return 'member';
  return 'no-commitment';
}
