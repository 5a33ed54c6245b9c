import {
  type ActorBarring,
  type ActorState,
  clearBarringAt,
  combineBarringAt,
  computeMeasureEffect,
  type MeasureEffect,
  type MeasureState,
  NO_BARRING,
  updatedMeasureEffect,
  type VendorNumbers,
} from '@cleannet/domain';
import type { BarringScratch } from './barring-scratch.js';
import type { IndexWorkspace } from './index-workspace.js';

function isLive(measure: MeasureState): boolean {
  return measure.status === 'active' || measure.status === 'suspended';
}

/** Whether two versions of a measure bar the same vendors the same way (status aside). */
function sameEffectInputs(a: MeasureState, b: MeasureState): boolean {
  return (
    a.measureId === b.measureId &&
    a.owner === b.owner &&
    a.scopes === b.scopes &&
    a.vendors === b.vendors &&
    a.readmittedVendors === b.readmittedVendors &&
    a.readmittedParts === b.readmittedParts
  );
}

/**
 * Summarises what successive states' measures bar, while a timeline is
 * folded. A step changes at most one measure, and most steps (suspensions,
 * reinstatements, amendments) change neither which measures are live nor
 * whom they name: then the summary keeps the previous one's vendor slots and
 * id lists and only its thresholds are recombined, or the whole previous
 * summary is kept when they come out the same. Otherwise the summary is
 * rebuilt as `barringSummary` builds it, keeping the previous id lists that
 * came out the same (the market timelines compare them by identity). Each
 * measure's effect is carried over while its scopes and vendors are the same
 * objects. Nothing is cached per object, so nothing outlives the timeline.
 * Vendors are numbered, and summaries built, in the index's workspace.
 */
export class BarringTracker {
  private measures: readonly MeasureState[] | undefined;
  private summary: ActorBarring = NO_BARRING;
  /** effects[i]: the effect of measures[i] when it is live. */
  private effects: (MeasureEffect | undefined)[] = [];

  private readonly vendors: VendorNumbers;
  private readonly scratch: BarringScratch;

  constructor(
    state: ActorState | undefined,
    summary: ActorBarring | undefined,
    workspace: IndexWorkspace,
  ) {
    this.vendors = workspace.vendors;
    this.scratch = workspace.barrings;
    if (state !== undefined && summary !== undefined) {
      // Effects unknown: the next change recomputes them and the summary.
      this.measures = state.measures;
      this.summary = summary;
    }
  }

  next(state: ActorState): ActorBarring {
    const { measures } = state;
    if (measures === this.measures) return this.summary;
    const previous = this.measures;
    const previousEffects = this.effects;
    const effects = new Array<MeasureEffect | undefined>(measures.length);
    let sameSlots =
      previous !== undefined &&
      previous.length === measures.length &&
      previousEffects.length === measures.length;
    for (let index = 0; index < measures.length; index += 1) {
      const measure = measures[index] as MeasureState;
      const before = previous?.[index];
      const beforeEffect = previousEffects[index];
      let effect: MeasureEffect | undefined;
      if (isLive(measure)) {
        if (
          before === undefined ||
          beforeEffect === undefined ||
          before.measureId !== measure.measureId
        )
          effect = computeMeasureEffect(measure, this.vendors);
        else if (before === measure || sameEffectInputs(before, measure)) effect = beforeEffect;
        else effect = updatedMeasureEffect(measure, before, beforeEffect, this.vendors);
      }
      effects[index] = effect;
      if (
        sameSlots &&
        (effect === undefined
          ? beforeEffect !== undefined
          : beforeEffect === undefined ||
            !sameNumbers(effect.vendorNumbers, beforeEffect.vendorNumbers))
      )
        sameSlots = false;
    }
    this.measures = measures;
    this.effects = effects;
    this.summary = sameSlots
      ? recombined(this.summary, effects, measures, this.scratch)
      : this.scratch.summarised(this.summary, effects, measures);
    return this.summary;
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The summary when the same measures are live and name the same vendors as
 * in `previous`: its slots and id lists are kept, the thresholds recombined
 * the way `barringSummary` combines them.
 */
function recombined(
  previous: ActorBarring,
  effects: readonly (MeasureEffect | undefined)[],
  measures: readonly MeasureState[],
  scratch: BarringScratch,
): ActorBarring {
  const { vendorNumbers } = previous;
  if (vendorNumbers.length === 0) return previous;
  const length = vendorNumbers.length * 6;
  // Combined in scratch, copied out only when they changed.
  const thresholds = scratch.recombineThresholds(length);
  for (let at = 0; at < length; at += 3) clearBarringAt(thresholds, at);
  for (let index = 0; index < measures.length; index += 1) {
    const effect = effects[index];
    if (effect === undefined) continue;
    const offset = (measures[index] as MeasureState).status === 'suspended' ? 3 : 0;
    const named = effect.vendorNumbers;
    for (let k = 0; k < named.length; k += 1) {
      const at = vendorNumbers.indexOf(named[k] as number) * 6 + offset;
      combineBarringAt(thresholds, at, effect.barring);
    }
  }
  let same = true;
  for (let at = 0; at < length && same; at += 1) same = thresholds[at] === previous.barrings[at];
  if (same) return previous;
  const barrings: number[] = [];
  for (let at = 0; at < length; at += 1) barrings.push(thresholds[at] as number);
  return { vendorNumbers, barrings, measureIds: previous.measureIds };
}
