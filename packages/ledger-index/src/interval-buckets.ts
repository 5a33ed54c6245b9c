import { lowerBound, upperBound } from './search.js';

/** About this many buckets: enough that a day's bucket holds little more than the intervals containing it. */
const TARGET_BUCKETS = 128;
const MIN_STARTS_PER_BUCKET = 32;

/**
 * Which intervals [from, until) of a list may contain a day, without scanning
 * the whole list. The days are cut into buckets that each see about as many
 * intervals start; a bucket lists, in list order, every interval overlapping
 * it. A day's candidates are its bucket's list: the intervals containing the
 * day, plus the few that start or end elsewhere in the bucket.
 */
export class IntervalBuckets {
  private constructor(
    /** First day of each bucket, ascending; the last bucket runs on forever. */
    private readonly starts: Float64Array,
    /** Bucket b lists members[offsets[b]] to members[offsets[b + 1] - 1]. */
    private readonly offsets: Int32Array,
    private readonly members: Int32Array,
  ) {}

  static build(froms: Float64Array, untils: Float64Array): IntervalBuckets {
    const count = froms.length;
    const sortedFroms = Float64Array.from(froms).sort();
    const perBucket = Math.max(MIN_STARTS_PER_BUCKET, Math.ceil(count / TARGET_BUCKETS));
    const starts: number[] = [];
    for (let at = 0; at < count; at += perBucket) {
      const day = sortedFroms[at] as number;
      if (starts.length === 0 || day > (starts[starts.length - 1] as number)) starts.push(day);
    }
    const bucketStarts = Float64Array.from(starts);
    const buckets = bucketStarts.length;
    // Each interval overlaps the buckets first..last: from the one holding `from` to the last starting before `until`.
    const firsts = new Int32Array(count);
    const lasts = new Int32Array(count);
    const offsets = new Int32Array(buckets + 1);
    for (let index = 0; index < count; index += 1) {
      const first = upperBound(bucketStarts, froms[index] as number) - 1;
      const last = lowerBound(bucketStarts, untils[index] as number) - 1;
      firsts[index] = first;
      lasts[index] = last;
      for (let bucket = first; bucket <= last; bucket += 1)
        offsets[bucket + 1] = (offsets[bucket + 1] as number) + 1;
    }
    for (let bucket = 0; bucket < buckets; bucket += 1)
      offsets[bucket + 1] = (offsets[bucket + 1] as number) + (offsets[bucket] as number);
    const members = new Int32Array(offsets[buckets] as number);
    const filled = offsets.slice(0, buckets);
    for (let index = 0; index < count; index += 1) {
      const last = lasts[index] as number;
      for (let bucket = firsts[index] as number; bucket <= last; bucket += 1) {
        members[filled[bucket] as number] = index;
        filled[bucket] = (filled[bucket] as number) + 1;
      }
    }
    return new IntervalBuckets(bucketStarts, offsets, members);
  }

  /**
   * The indices of the intervals that may contain `day`, in list order (a
   * view, not a copy); the caller checks their days.
   */
  candidatesOf(day: number): Int32Array {
    const bucket = upperBound(this.starts, day) - 1;
    if (bucket < 0) return this.members.subarray(0, 0);
    return this.members.subarray(
      this.offsets[bucket] as number,
      this.offsets[bucket + 1] as number,
    );
  }
}
