import { z } from 'zod';

/** Limits that keep one request from monopolising the single writer. */
export const MAX_BATCH_EVENTS = 500;

/**
 * The shape of the request; the events themselves are validated by the
 * domain's schemas inside the writer, so that their error paths match the
 * event model (`data.scopes[0].deadline`).
 */
export const SingleEventBodySchema = z.record(z.string(), z.unknown(), {
  error: 'expected one event as a JSON object',
});

export const BatchBodySchema = z.strictObject({
  events: z
    .array(z.record(z.string(), z.unknown(), { error: 'expected an event object' }))
    .min(1, 'a batch holds at least one event')
    .max(MAX_BATCH_EVENTS, `a batch holds at most ${MAX_BATCH_EVENTS} events`),
});
