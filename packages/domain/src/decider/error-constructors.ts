import type { DomainError } from './errors.js';
import type { MeasureLifecycle } from '../model/measure-lifecycle.js';
import type { SchemaIssue } from '../events/parse.js';
import { describeIssues } from '../events/parse.js';

/** Builders that give every domain error a readable message. */
export const errors = {
  versionConflict: (subject: string, expected: number, actual: number): DomainError => ({
    code: 'version-conflict',
    subject,
    expected,
    actual,
    message: `${subject} is at version ${actual}, not the expected ${expected}`,
  }),
  duplicateEventId: (eventId: string): DomainError => ({
    code: 'duplicate-event-id',
    eventId,
    message: `an event with id ${eventId} already exists with different content`,
  }),
  unknownCountry: (country: string, path: string): DomainError => ({
    code: 'unknown-country',
    country,
    path,
    message: `${path}: ${country} is not an ISO 3166-1 alpha-2 code (nor XK)`,
  }),
  measureIdTaken: (measureId: string): DomainError => ({
    code: 'measure-id-taken',
    measureId,
    message: `measure id ${measureId} is already used`,
  }),
  unknownMeasure: (measureId: string): DomainError => ({
    code: 'unknown-measure',
    measureId,
    message: `no measure ${measureId} is on record`,
  }),
  notMeasureOwner: (measureId: string, owner: string, subject: string): DomainError => ({
    code: 'not-measure-owner',
    measureId,
    owner,
    subject,
    message: `measure ${measureId} belongs to ${owner}, not ${subject}`,
  }),
  measureEnded: (measureId: string, status: MeasureLifecycle): DomainError => ({
    code: 'measure-ended',
    measureId,
    status,
    message: `measure ${measureId} is ${status}; it can no longer change`,
  }),
  invalidStatusTransition: (
    measureId: string,
    status: MeasureLifecycle,
    change: string,
  ): DomainError => ({
    code: 'invalid-status-transition',
    measureId,
    status,
    change,
    message: `measure ${measureId} is ${status}; it cannot be ${change}`,
  }),
  nothingToReverse: (subject: string): DomainError => ({
    code: 'nothing-to-reverse',
    subject,
    message: `${subject} never pledged, so there is nothing to reverse`,
  }),
  alreadyReversed: (subject: string): DomainError => ({
    code: 'already-reversed',
    subject,
    message: `${subject} has already fully reversed its pledge`,
  }),
  unknownEvent: (eventId: string): DomainError => ({
    code: 'unknown-event',
    eventId,
    message: `no event ${eventId} is on record`,
  }),
  eventRetracted: (eventId: string): DomainError => ({
    code: 'event-retracted',
    eventId,
    message: `event ${eventId} was retracted`,
  }),
  notCorrectable: (eventId: string, type: string): DomainError => ({
    code: 'not-correctable',
    eventId,
    type,
    message: `event ${eventId} is a ${type}; only facts can be corrected or retracted`,
  }),
  kindMismatch: (eventId: string, type: string, issues: readonly SchemaIssue[]): DomainError => ({
    code: 'kind-mismatch',
    eventId,
    type,
    issues,
    message: `the corrected data is not a ${type} payload:\n${describeIssues(issues)}`,
  }),
  wrongSubject: (eventId: string, expected: string, actual: string): DomainError => ({
    code: 'wrong-subject',
    eventId,
    expected,
    actual,
    message: `event ${eventId} is about ${expected}, not ${actual}`,
  }),
  correctionChangesIdentity: (eventId: string, field: string): DomainError => ({
    code: 'correction-changes-identity',
    eventId,
    field,
    message: `a correction of ${eventId} may not change ${field}; retract it and record a new event`,
  }),
};
