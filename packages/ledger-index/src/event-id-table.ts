/**
 * Values by event id, for the index's million ids. A `Map` keyed by strings
 * compares a probed key with the strings already in its chain, reading each
 * of them from wherever it lies in a multi-GiB heap; this table keeps every
 * id's hash in a flat array, so a probe reads a value's id only when the
 * full hashes match (almost always the id itself). The ids are not stored
 * again: each value carries its own (`idOf`). Open addressing with linear
 * probing, at most half full.
 */
export class EventIdTable<V> {
  private readonly values: V[] = [];
  private readonly hashes: number[] = [];
  /** slots[s]: 1 + the entry stored there, 0 when empty. */
  private slots = new Int32Array(1024);

  constructor(private readonly idOf: (value: V) => string) {}

  get(id: string): V | undefined {
    const entry = this.find(id, hashOf(id));
    return entry < 0 ? undefined : this.values[entry];
  }

  /** Adds `value` under its id unless the id is there already; whether it was added. */
  add(value: V): boolean {
    const id = this.idOf(value);
    const hash = hashOf(id);
    const found = this.find(id, hash);
    if (found >= 0) return false;
    const entry = this.values.length;
    this.values.push(value);
    this.hashes.push(hash);
    this.slots[-1 - found] = entry + 1;
    if (2 * (entry + 1) > this.slots.length) this.grow();
    return true;
  }

  /** The entry holding `id`, or -1 - the empty slot where it would go. */
  private find(id: string, hash: number): number {
    const { slots, hashes, values, idOf } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0) return -1 - slot;
      if (hashes[entry] === hash && idOf(values[entry] as V) === id) return entry;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    const { hashes } = this;
    for (let entry = 0; entry < hashes.length; entry += 1) {
      let slot = (hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units, spread by a final mix so that the low bits vary. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash | 0;
}
