import { z } from 'zod';
import { VendorIdSchema } from './actor-ids.js';
import { boundedString, MAX_ID_LENGTH, MAX_NOTE_LENGTH } from './bounds.js';
import { PartialDateSchema } from './dates.js';

export const NETWORK_PARTS = [
  'core',
  'ran',
  'transport',
  'management',
  'government-networks',
  'whole-network',
] as const;
export const NetworkPartSchema = z.enum(NETWORK_PARTS);
export type NetworkPart = z.infer<typeof NetworkPartSchema>;

export const GenerationSchema = z.enum(['2g', '3g', '4g', '5g', 'all']);
export type Generation = z.infer<typeof GenerationSchema>;

/** Which vendors a measure targets: by name, or by criteria (Australia 2018). */
export const VendorSelectorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('named'), vendorIds: z.array(VendorIdSchema).min(1) }),
  z.strictObject({
    kind: z.literal('criteria'),
    description: boundedString(MAX_NOTE_LENGTH).min(1),
    knownAffected: z.array(VendorIdSchema),
  }),
]);
export type VendorSelector = z.infer<typeof VendorSelectorSchema>;

export const ScopeMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('no-new-purchases') }),
  z.strictObject({ kind: z.literal('removal'), deadline: PartialDateSchema }),
  z.strictObject({
    kind: z.literal('cap'),
    percent: z.number().min(0).max(100),
    deadline: PartialDateSchema.optional(),
  }),
]);
export type ScopeMeasure = z.infer<typeof ScopeMeasureSchema>;

export const ScopeSchema = z.strictObject({
  part: NetworkPartSchema,
  generations: z.array(GenerationSchema).min(1),
  measure: ScopeMeasureSchema,
});
export type Scope = z.infer<typeof ScopeSchema>;

export const MeasureIdSchema = boundedString(MAX_ID_LENGTH).regex(
  /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
  'expected a measure id such as "uk-2020-huawei-purge"',
);

export const MeasureInstrumentSchema = z.enum([
  'law',
  'regulation',
  'licence-condition',
  'procurement-guideline',
  'operator-decision',
  'policy-statement',
]);

/** The payload of `VendorsExcluded` and `BanEnacted`. */
export const MeasureSchema = z.strictObject({
  measureId: MeasureIdSchema,
  vendors: VendorSelectorSchema,
  scopes: z.array(ScopeSchema).min(1),
  instrument: MeasureInstrumentSchema,
  note: boundedString(MAX_NOTE_LENGTH).optional(),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** All vendors a selector names, including those known to meet its criteria. */
export function vendorsOf(selector: VendorSelector): readonly string[] {
  return selector.kind === 'named' ? selector.vendorIds : selector.knownAffected;
}
