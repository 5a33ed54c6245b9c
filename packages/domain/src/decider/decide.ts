import { toLedgerEvent, type LedgerEvent, type LedgerEventOf } from '../events/envelope.js';
import { EVENT_FOR_COMMAND, type Command } from './commands.js';
import { accept, refuse, type Decision } from './decision.js';
import { errors } from './error-constructors.js';
import { unknownCountryIn } from './country-codes.js';
import { liveMeasureOwnedBy } from './measure-rules.js';
import { correctableTarget, correctionProblem } from './corrections.js';
import { pledgeStatusOf, submittedFingerprint, type DeciderState } from './state.js';
import { transitionAllowed } from '../model/measure-lifecycle.js';

/**
 * Turns a command into the events it causes, or refuses it with a typed
 * domain error. Pure: time and principal come from the command's metadata.
 */
export function decide(command: Command, state: DeciderState): Decision {
  const event = toLedgerEvent(
    { type: EVENT_FOR_COMMAND[command.type], ...command.event } as Parameters<
      typeof toLedgerEvent
    >[0],
    command.metadata.now,
    command.metadata.principal,
  );

  const existing = state.events.get(event.id);
  if (existing !== undefined) {
    // A retry of an append that already happened changes nothing.
    return existing.fingerprint === submittedFingerprint(event)
      ? accept()
      : refuse(errors.duplicateEventId(event.id));
  }

  const { expectedVersion } = command.metadata;
  const actualVersion = state.versions.get(event.subject) ?? 0;
  if (expectedVersion !== undefined && expectedVersion !== actualVersion) {
    return refuse(errors.versionConflict(event.subject, expectedVersion, actualVersion));
  }

  const badCountry = unknownCountryIn(event.subject, event.data as Record<string, unknown>);
  if (badCountry !== undefined) return refuse(badCountry);

  switch (event.type) {
    case 'PledgeMade':
      return accept(event);
    case 'VendorsExcluded':
    case 'BanEnacted':
      return state.measures.has(event.data.measureId)
        ? refuse(errors.measureIdTaken(event.data.measureId))
        : accept(event);
    case 'MeasureStatusChanged':
      return decideStatusChange(event, state);
    case 'MeasureAmended': {
      const measure = liveMeasureOwnedBy(state, event.data.measureId, event.subject);
      return measure.ok ? accept(event) : refuse(measure.error);
    }
    case 'CommitmentReversed':
      return decideReversal(event, state);
    case 'EventCorrected': {
      const target = correctableTarget(state, event.data.correctedEventId, event.subject);
      if (!target.ok) return refuse(target.error);
      const problem = correctionProblem(target.target, event.data);
      return problem === undefined ? accept(event) : refuse(problem);
    }
    case 'EventRetracted': {
      const target = correctableTarget(state, event.data.retractedEventId, event.subject);
      return target.ok ? accept(event) : refuse(target.error);
    }
    default:
      return assertNever(event);
  }
}

function decideStatusChange(
  event: LedgerEventOf<'MeasureStatusChanged'>,
  state: DeciderState,
): Decision {
  const measure = liveMeasureOwnedBy(state, event.data.measureId, event.subject);
  if (!measure.ok) return refuse(measure.error);
  if (!transitionAllowed(measure.status, event.data.change)) {
    return refuse(
      errors.invalidStatusTransition(event.data.measureId, measure.status, event.data.change),
    );
  }
  return accept(event);
}

function decideReversal(event: LedgerEventOf<'CommitmentReversed'>, state: DeciderState): Decision {
  const { target } = event.data;
  if (target.kind === 'measure') {
    const measure = liveMeasureOwnedBy(state, target.measureId, event.subject);
    return measure.ok ? accept(event) : refuse(measure.error);
  }
  const status = pledgeStatusOf(state, event.subject);
  if (status === 'none') return refuse(errors.nothingToReverse(event.subject));
  if (status === 'reversed') return refuse(errors.alreadyReversed(event.subject));
  return accept(event);
}

function assertNever(value: never): never {
  throw new Error(`unhandled event kind: ${(value as LedgerEvent).type}`);
}
