import {
  type ActorBarring,
  clearBarringAt,
  combineBarringAt,
  type MeasureEffect,
  type MeasureState,
  NO_BARRING,
} from '@cleannet/domain';

/**
 * Scratch for building one actor's barring summary at a time, owned by an
 * index (see `IndexWorkspace`) so that two indexes never write into each
 * other's. Layout while a summary is built: `slots` vendor slots in the
 * order met; slot s holds `vendors[s]` (its vendor number), its measure ids
 * in `ids[s][0 .. idCounts[s])` and its 6 thresholds at `thresholds[6s ..
 * 6s + 5]` (active closed, pending, restricted, then the same for suspended
 * measures, as `ActorBarring.barrings`); `kept[s]` is the previous summary's
 * id list when it came out the same. The arrays are filled up to `slots`
 * (and `idCounts`) and never emptied by setting their length, which frees
 * the backing store.
 */
export class BarringScratch {
  private slots = 0;
  private readonly vendors: number[] = [];
  private readonly ids: string[][] = [];
  private readonly idCounts: number[] = [];
  private readonly kept: (readonly string[] | undefined)[] = [];
  private thresholds = new Float64Array(36);
  /** For `recombined` (barring-tracker.ts): thresholds combined there, copied out only when they changed. */
  private recombining = new Float64Array(36);

  /**
   * `barringSummary` of the live measures (those with an effect), built in
   * scratch arrays and compared with `previous` before anything is allocated:
   * the whole previous summary, its vendor slots or its id lists are returned
   * again where they come out the same (the market timelines compare id lists
   * by identity), and only what changed is copied out. The summary is rebuilt
   * at every change of an actor's live measures; building it in fresh arrays
   * made a third of what a fold allocated.
   */
  summarised(
    previous: ActorBarring,
    effects: readonly (MeasureEffect | undefined)[],
    measures: readonly MeasureState[],
  ): ActorBarring {
    const { vendors, ids, idCounts, kept } = this;
    this.slots = 0;
    for (let index = 0; index < measures.length; index += 1) {
      const effect = effects[index];
      if (effect === undefined) continue;
      const measure = measures[index] as MeasureState;
      const named = effect.vendorNumbers;
      const offset = measure.status === 'suspended' ? 3 : 0;
      for (let k = 0; k < named.length; k += 1) {
        const slot = this.slotFor(named[k] as number);
        const count = idCounts[slot] as number;
        (ids[slot] as string[])[count] = measure.measureId;
        idCounts[slot] = count + 1;
        combineBarringAt(this.thresholds, slot * 6 + offset, effect.barring);
      }
    }
    // Opening slots is over: read them and the (possibly grown) thresholds once.
    const { slots, thresholds } = this;
    if (slots === 0) return NO_BARRING;

    const before = previous.vendorNumbers;
    let sameVendors = slots === before.length;
    for (let slot = 0; slot < slots && sameVendors; slot += 1)
      sameVendors = vendors[slot] === before[slot];
    let same = sameVendors;
    for (let slot = 0; slot < slots; slot += 1) {
      const list = ids[slot] as string[];
      const count = idCounts[slot] as number;
      sortPrefix(list, count);
      const earlier = previous.measureIds[indexIn(before, vendors[slot] as number)];
      if (earlier !== undefined && samePrefix(earlier, list, count)) kept[slot] = earlier;
      else {
        kept[slot] = undefined;
        same = false;
      }
    }
    const length = slots * 6;
    if (same) {
      let sameThresholds = true;
      for (let at = 0; at < length && sameThresholds; at += 1)
        sameThresholds = thresholds[at] === previous.barrings[at];
      if (sameThresholds) return previous;
    }
    const measureIds: (readonly string[])[] = new Array<readonly string[]>(slots);
    for (let slot = 0; slot < slots; slot += 1)
      measureIds[slot] = kept[slot] ?? (ids[slot] as string[]).slice(0, idCounts[slot] as number);
    const barrings: number[] = [];
    for (let at = 0; at < length; at += 1) barrings.push(thresholds[at] as number);
    return {
      vendorNumbers: same ? before : vendors.slice(0, slots),
      barrings,
      measureIds,
    };
  }

  /** A threshold buffer of at least `length` numbers, for recombining a summary in place. */
  recombineThresholds(length: number): Float64Array {
    if (this.recombining.length < length) this.recombining = new Float64Array(length);
    return this.recombining;
  }

  /** The vendor's slot, opened with open thresholds and no ids when new (slots in the order met). */
  private slotFor(vendor: number): number {
    for (let slot = 0; slot < this.slots; slot += 1) if (this.vendors[slot] === vendor) return slot;
    const slot = this.slots;
    this.slots += 1;
    this.vendors[slot] = vendor;
    if (this.ids[slot] === undefined) this.ids[slot] = [];
    this.idCounts[slot] = 0;
    if (this.thresholds.length < this.slots * 6) {
      const grown = new Float64Array(this.thresholds.length * 2);
      grown.set(this.thresholds);
      this.thresholds = grown;
    }
    const at = slot * 6;
    clearBarringAt(this.thresholds, at);
    clearBarringAt(this.thresholds, at + 3);
    return slot;
  }
}

function indexIn(values: readonly number[], value: number): number {
  for (let at = 0; at < values.length; at += 1) if (values[at] === value) return at;
  return -1;
}

/** Sorts list[0 .. count) in place, in `Array.prototype.sort`'s order for strings (a few ids). */
function sortPrefix(list: string[], count: number): void {
  for (let index = 1; index < count; index += 1) {
    const value = list[index] as string;
    let at = index - 1;
    for (; at >= 0 && (list[at] as string) > value; at -= 1) list[at + 1] = list[at] as string;
    list[at + 1] = value;
  }
}

function samePrefix(a: readonly string[], list: readonly string[], count: number): boolean {
  if (a.length !== count) return false;
  for (let at = 0; at < count; at += 1) if (a[at] !== list[at]) return false;
  return true;
}
