import { VendorNumbers } from '@cleannet/domain';
import { BarringScratch } from './barring-scratch.js';
import { MarketSweep } from './market-timelines.js';

/**
 * What one index's structures share, and nothing outside it does: the
 * numbering of vendors its summaries and market timelines index by, and the
 * scratch its folds and market sweeps reuse from call to call so that they
 * allocate only what they keep. Created by `createLedgerIndex` and reached
 * through its actor timelines; never module-level, so indexes living side
 * by side in one process (a service's read worker and a test's) cannot
 * write into each other's scratch or disagree on a vendor's number.
 */
export class IndexWorkspace {
  readonly vendors = new VendorNumbers();
  /** For `BarringTracker`: one actor's summary is built at a time. */
  readonly barrings = new BarringScratch();
  /** For `rebuildMarket`: one market is swept at a time. */
  readonly sweep = new MarketSweep();
}
