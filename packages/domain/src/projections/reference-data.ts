import { z } from 'zod';
import {
  Alpha2Schema,
  BlocIdSchema,
  CompanyIdSchema,
  OperatorIdSchema,
  VendorIdSchema,
} from '../events/actor-ids.js';
import { PartialDateSchema } from '../events/dates.js';
import { parseWith, type ParseResult } from '../events/parse.js';

export const ProvenanceSchema = z.strictObject({
  source: z.string().min(1),
  edition: z.string().optional(),
  note: z.string().optional(),
});

const YEAR_KEY = z.string().regex(/^\d{4}$/, 'expected a year such as "2020"');
const FigureTableSchema = z.strictObject({
  provenance: ProvenanceSchema,
  byCountry: z.record(Alpha2Schema, z.record(YEAR_KEY, z.number().nonnegative())),
});

/** Figures and memberships the projections weigh by; passed in, never loaded by the domain. */
export const ReferenceDataSchema = z.strictObject({
  countries: z.array(
    z.strictObject({
      code: Alpha2Schema,
      numeric: z
        .string()
        .regex(/^\d{3}$/)
        .nullable(),
      name: z.string().min(1),
    }),
  ),
  gdpUsd: FigureTableSchema,
  mobileSubscriptions: FigureTableSchema,
  blocs: z.array(
    z.strictObject({
      id: BlocIdSchema,
      name: z.string().min(1),
      provenance: ProvenanceSchema,
      members: z.array(
        z.strictObject({
          country: Alpha2Schema,
          joined: PartialDateSchema,
          left: PartialDateSchema.optional(),
        }),
      ),
    }),
  ),
  operators: z.array(
    z.strictObject({
      id: OperatorIdSchema,
      name: z.string().min(1),
      homeCountry: Alpha2Schema,
      subscribers: z
        .strictObject({
          count: z.number().nonnegative(),
          year: z.number().int(),
          source: z.string().min(1),
        })
        .optional(),
    }),
  ),
  companies: z.array(
    z.strictObject({ id: CompanyIdSchema, name: z.string().min(1), homeCountry: Alpha2Schema }),
  ),
  vendors: z.array(
    z.strictObject({
      id: VendorIdSchema,
      name: z.string().min(1),
      headquarters: Alpha2Schema,
      trust: z.enum(['untrusted', 'trusted']),
      note: z.string().optional(),
    }),
  ),
});

export type ReferenceData = z.infer<typeof ReferenceDataSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type FigureTable = ReferenceData['gdpUsd'];

export function parseReferenceData(input: unknown): ParseResult<ReferenceData> {
  return parseWith(ReferenceDataSchema, input);
}

/** Reference data with nothing in it: every figure is reported missing. */
export function emptyReferenceData(): ReferenceData {
  const none = { provenance: { source: 'none' }, byCountry: {} };
  return {
    countries: [],
    gdpUsd: none,
    mobileSubscriptions: none,
    blocs: [],
    operators: [],
    companies: [],
    vendors: [],
  };
}
