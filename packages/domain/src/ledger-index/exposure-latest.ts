import type { ActorState } from '../model/actor-state.js';
import { vendorNumber } from '../model/market.js';
import { exposureAnswer, type ActorBarring, type Exposure } from '../projections/exposure.js';
import type { ReferenceIndex } from '../projections/reference-index.js';
import type { AsOfQuery } from '../projections/view.js';
import { VendorRow } from '../projections/vendor-rows.js';
import { refresh, type ActorTimeline } from './actor-timeline.js';
import { addMarketOn, hasMeasuresOn, type MarketTimeline } from './market-timelines.js';
import { upperBound } from './search.js';

/**
 * Exposure for the latest knowledge: per market and vendor, one binary
 * search in the precomputed timeline; only unhomed operators are combined
 * from their states. Reads the index's market collections as they grow.
 */
export class LatestExposure {
  constructor(
    private readonly reference: ReferenceIndex,
    private readonly marketTimelines: ReadonlyMap<string, MarketTimeline>,
    private readonly marketList: readonly MarketTimeline[],
    /** Operators the reference data does not home: their market comes from their state. */
    private readonly unhomedOperators: readonly ActorTimeline[],
  ) {}

  /** The answer on `asOfDay`; the market timelines must be up to date. */
  answer(query: AsOfQuery, asOfDay: number, vendorId?: string): Exposure {
    const unhomed: { market: string; summary: ActorBarring }[] = [];
    for (const timeline of this.unhomedOperators) {
      refresh(timeline);
      const index = upperBound(timeline.days, asOfDay) - 1;
      if (index < 0) continue;
      const state = timeline.states[index] as ActorState;
      if (state.measures.length === 0 || state.homeCountry === undefined) continue;
      unhomed.push({
        market: state.homeCountry,
        summary: timeline.barrings[index] as ActorBarring,
      });
    }
    const marketSet = new Set<string>(this.reference.countryCodes);
    for (const market of this.marketList) {
      if (marketSet.has(market.market)) continue;
      const country = market.country;
      const countryInEffect = country !== undefined && (country.days[0] ?? Infinity) <= asOfDay;
      if (countryInEffect || hasMeasuresOn(market, asOfDay)) marketSet.add(market.market);
    }
    for (const { market } of unhomed) marketSet.add(market);
    const markets = [...marketSet].sort();

    const onlyVendor = vendorId === undefined ? -1 : vendorNumber(vendorId);
    const rows: (VendorRow | undefined)[] = [];
    const rowOf = (vendor: number): VendorRow => {
      let row = rows[vendor];
      if (row === undefined) {
        row = new VendorRow(markets.length);
        rows[vendor] = row;
      }
      return row;
    };
    const slots = new Map<string, number>();
    markets.forEach((market, index) => {
      slots.set(market, index);
      const timeline = this.marketTimelines.get(market);
      if (timeline !== undefined) addMarketOn(timeline, asOfDay, index, onlyVendor, rowOf);
    });
    for (const { market, summary } of unhomed) {
      const marketIndex = slots.get(market) as number;
      summary.vendorNumbers.forEach((vendor, slot) => {
        if (onlyVendor < 0 || vendor === onlyVendor)
          rowOf(vendor).addActor(marketIndex, summary, slot);
      });
    }
    return exposureAnswer(markets, rows, asOfDay, this.reference, query, vendorId);
  }
}
