import { z } from 'zod';

/**
 * The longest value each string field of an event may hold, in one place
 * (docs/event-model.md has the table by field). Generous for real sources,
 * tight enough that no field can carry a megabyte into the log, the index
 * and every answer that repeats it. Fields with a fixed set of values
 * (`type`, `instrument`, `pillars`, scopes ...) are bounded by that set.
 */

/** Every id: event, measure, actor and vendor ids, and the principal in `recordedBy`. */
export const MAX_ID_LENGTH = 200;
/** `data.actorName`: an operator's or company's name. */
export const MAX_NAME_LENGTH = 200;
/** `source.document`: a file name or a document's title. */
export const MAX_DOCUMENT_LENGTH = 500;
/** `source.refs[]`: a reference number, page or section in that document. */
export const MAX_REF_LENGTH = 200;
/** `source.url`: the length browsers, crawlers and sitemaps agree on. */
export const MAX_URL_LENGTH = 2_048;
/** `source.quote`, `source.derivedFromAggregate`: a passage of the source, up to a long paragraph. */
export const MAX_QUOTE_LENGTH = 10_000;
/** Notes, reasons of corrections and retractions, a measure's criteria. */
export const MAX_NOTE_LENGTH = 4_000;
/** Partial dates (`2020`, `2020-11`, `2020-11-10`): bounded by their form. */
export const MAX_PARTIAL_DATE_LENGTH = 'YYYY-MM-DD'.length;
/** Instants (`recordedAt`): bounded by their form, up to nanoseconds. */
export const MAX_INSTANT_LENGTH = 'YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ'.length;

/** The message every over-long field gets, naming its bound. */
export function tooLong(max: number): string {
  return `expected at most ${max} characters`;
}

/** A string of at most `max` characters. */
export function boundedString(max: number) {
  return z.string().max(max, tooLong(max));
}
