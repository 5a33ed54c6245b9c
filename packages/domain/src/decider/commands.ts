import type { ProposedEvent, ProposedEventOf } from '../events/envelope.js';
import type { EventType } from '../events/kinds.js';
import type { Instant } from '../time/instant.js';

/** Who asks and when: the decider never reads a clock or a session. */
export interface CommandMetadata {
  /** The ledger's clock at append time; becomes `recordedAt`. */
  readonly now: Instant;
  /** The authenticated principal; becomes `recordedBy`. */
  readonly principal: string;
  /** The subject's stream version the caller saw (events so far); omitted = no check. */
  readonly expectedVersion?: number;
}

type CommandFor<C extends string, T extends EventType> = {
  readonly type: C;
  readonly event: Omit<ProposedEventOf<T>, 'type'>;
  readonly metadata: CommandMetadata;
};

export type MakePledge = CommandFor<'MakePledge', 'PledgeMade'>;
export type ExcludeVendors = CommandFor<'ExcludeVendors', 'VendorsExcluded'>;
export type EnactBan = CommandFor<'EnactBan', 'BanEnacted'>;
export type ChangeMeasureStatus = CommandFor<'ChangeMeasureStatus', 'MeasureStatusChanged'>;
export type AmendMeasure = CommandFor<'AmendMeasure', 'MeasureAmended'>;
export type ReverseCommitment = CommandFor<'ReverseCommitment', 'CommitmentReversed'>;
export type CorrectEvent = CommandFor<'CorrectEvent', 'EventCorrected'>;
export type RetractEvent = CommandFor<'RetractEvent', 'EventRetracted'>;

export type Command =
  | MakePledge
  | ExcludeVendors
  | EnactBan
  | ChangeMeasureStatus
  | AmendMeasure
  | ReverseCommitment
  | CorrectEvent
  | RetractEvent;

export const COMMAND_FOR_EVENT = {
  PledgeMade: 'MakePledge',
  VendorsExcluded: 'ExcludeVendors',
  BanEnacted: 'EnactBan',
  MeasureStatusChanged: 'ChangeMeasureStatus',
  MeasureAmended: 'AmendMeasure',
  CommitmentReversed: 'ReverseCommitment',
  EventCorrected: 'CorrectEvent',
  EventRetracted: 'RetractEvent',
} as const satisfies Record<EventType, Command['type']>;

export const EVENT_FOR_COMMAND = Object.fromEntries(
  Object.entries(COMMAND_FOR_EVENT).map(([event, command]) => [command, event]),
) as {
  [C in Command['type']]: Extract<Command, { type: C }> extends CommandFor<C, infer T> ? T : never;
};

/** The command a submitted event asks for: how the HTTP edge turns a body into a decision. */
export function commandFor(event: ProposedEvent, metadata: CommandMetadata): Command {
  const { type, ...rest } = event;
  return { type: COMMAND_FOR_EVENT[type], event: rest, metadata } as Command;
}
