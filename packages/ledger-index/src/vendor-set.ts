/**
 * A set of vendor numbers (small integers, see `VendorNumbers`) that a market
 * rebuild clears at every day it sweeps: flags by number and the members in
 * a plain array, so adding, asking and iterating allocate nothing (a `Set`
 * and its iterator did, once per day of every market).
 */
export class VendorSet {
  /** members[0 .. size): the vendors in the set, in the order added. */
  readonly members: number[] = [];
  size = 0;
  private flags = new Uint8Array(64);

  add(vendor: number): void {
    if (vendor >= this.flags.length) {
      const grown = new Uint8Array(Math.max(vendor + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    if (this.flags[vendor] === 1) return;
    this.flags[vendor] = 1;
    this.members[this.size++] = vendor;
  }

  has(vendor: number): boolean {
    return vendor < this.flags.length && this.flags[vendor] === 1;
  }

  /** Empties the set; `members` keeps its backing store (setting its length to 0 would free it). */
  clear(): void {
    const { members, flags } = this;
    for (let at = 0; at < this.size; at += 1) flags[members[at] as number] = 0;
    this.size = 0;
  }
}
