import { ProposedEventSchema } from '@cleannet/domain';
import { z } from 'zod';

/** The proposed-event schema as JSON Schema, generated from the domain's zod schema. */
export const proposedEventJsonSchema = z.toJSONSchema(ProposedEventSchema, {
  io: 'input',
  unrepresentable: 'any',
}) as Record<string, unknown>;
