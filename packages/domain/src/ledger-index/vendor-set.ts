/**
 * A set of vendor numbers (small integers, see `vendorNumber`) that a market
 * rebuild clears at every day it sweeps: flags by number and the members in
 * a plain array, so adding, asking and iterating allocate nothing (a `Set`
 * and its iterator did, once per day of every market).
 */
export class VendorSet {
  readonly members: number[] = [];
  private flags = new Uint8Array(64);

  add(vendor: number): void {
    if (vendor >= this.flags.length) {
      const grown = new Uint8Array(Math.max(vendor + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    if (this.flags[vendor] === 1) return;
    this.flags[vendor] = 1;
    this.members.push(vendor);
  }

  has(vendor: number): boolean {
    return vendor < this.flags.length && this.flags[vendor] === 1;
  }

  clear(): void {
    const { members, flags } = this;
    for (let at = 0; at < members.length; at += 1) flags[members[at] as number] = 0;
    members.length = 0;
  }
}
