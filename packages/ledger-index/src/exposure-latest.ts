import {
  type ActorBarring,
  type ActorState,
  type AsOfQuery,
  type Exposure,
  exposureAnswer,
  marketColumns,
  type MarketColumns,
  type ReferenceIndex,
  type VendorNumbers,
  VendorRow,
} from '@cleannet/domain';
import { refresh, type ActorTimeline } from './actor-timeline.js';
import { addMarketOn, hasMeasuresOn, type MarketTimeline } from './market-timelines.js';
import { upperBound } from './search.js';

/**
 * Exposure for the latest knowledge: per market and vendor, one binary
 * search in the precomputed timeline; only unhomed operators are combined
 * from their states. Reads the index's market collections as they grow.
 *
 * Almost every answer lists exactly the reference countries, so that sorted
 * list, each one's market timeline and, per year, the figures and open
 * entries (`MarketColumns`) are kept from query to query, as are the vendor
 * rows. Nothing of them is kept by an answer but the immutable open entries.
 */
export class LatestExposure {
  private readonly referenceMarkets: readonly string[];
  private readonly isReferenceMarket: ReadonlySet<string>;
  /** Timelines of markets outside the reference data, found by scanning `marketList` up to `scanned`. */
  private readonly otherMarkets: MarketTimeline[] = [];
  private scanned = 0;
  /** For `referenceMarkets`, by slot; `undefined` where the ledger has no actor of that market yet. */
  private referenceTimelines: (MarketTimeline | undefined)[] = [];
  private readonly referenceColumns = new Map<number, MarketColumns>();
  /** Reused rows by vendor number, and those this query uses. */
  private readonly spareRows: (VendorRow | undefined)[] = [];
  private rows: (VendorRow | undefined)[] = [];
  private width = 0;

  constructor(
    private readonly reference: ReferenceIndex,
    private readonly marketTimelines: ReadonlyMap<string, MarketTimeline>,
    private readonly marketList: readonly MarketTimeline[],
    /** Operators the reference data does not home: their market comes from their state. */
    private readonly unhomedOperators: readonly ActorTimeline[],
    /** The index's numbering, by which the rows and market timelines are indexed. */
    private readonly vendors: VendorNumbers,
  ) {
    this.isReferenceMarket = new Set(reference.countryCodes);
    this.referenceMarkets = [...this.isReferenceMarket].sort();
  }

  /** The answer on `asOfDay`; the market timelines must be up to date. */
  answer(query: AsOfQuery, asOfDay: number, vendorId?: string): Exposure {
    this.scanMarketList();
    const unhomed = this.unhomedOn(asOfDay);
    const others: string[] = [];
    for (const market of this.otherMarkets) {
      const country = market.country;
      const countryInEffect = country !== undefined && (country.days[0] ?? Infinity) <= asOfDay;
      if (countryInEffect || hasMeasuresOn(market, asOfDay)) others.push(market.market);
    }
    for (const { market } of unhomed) if (!this.isReferenceMarket.has(market)) others.push(market);

    const year = Number(query.asOf.slice(0, 4));
    const markets =
      others.length === 0
        ? this.referenceMarkets
        : [...new Set([...this.referenceMarkets, ...others])].sort();
    const timelines =
      others.length === 0
        ? this.referenceTimelines
        : markets.map((market) => this.marketTimelines.get(market));
    const columns =
      others.length === 0
        ? this.referenceColumnsFor(year)
        : marketColumns(markets, year, this.reference);

    const onlyVendor = vendorId === undefined ? -1 : this.vendors.numberOf(vendorId);
    this.rows = [];
    this.width = markets.length;
    for (let index = 0; index < markets.length; index += 1) {
      const timeline = timelines[index];
      if (timeline !== undefined) addMarketOn(timeline, asOfDay, index, onlyVendor, this.rowOf);
    }
    if (unhomed.length > 0) {
      const slots = new Map(markets.map((market, index) => [market, index]));
      for (const { market, summary } of unhomed) {
        const marketIndex = slots.get(market) as number;
        summary.vendorNumbers.forEach((vendor, slot) => {
          if (onlyVendor < 0 || vendor === onlyVendor)
            this.rowOf(vendor).addActor(marketIndex, summary, slot);
        });
      }
    }
    return exposureAnswer(
      markets,
      this.rows,
      this.vendors,
      asOfDay,
      this.reference,
      query,
      vendorId,
      columns,
    );
  }

  /** This query's row for a vendor: a spare one of the right width, cleared, when there is one. */
  private readonly rowOf = (vendor: number): VendorRow => {
    let row = this.rows[vendor];
    if (row === undefined) {
      row = this.spareRows[vendor];
      if (row === undefined || row.width !== this.width) {
        row = new VendorRow(this.width);
        this.spareRows[vendor] = row;
      } else row.reset();
      this.rows[vendor] = row;
    }
    return row;
  };

  /** Takes in the markets the index created since the last query. */
  private scanMarketList(): void {
    if (this.scanned === this.marketList.length) return;
    for (; this.scanned < this.marketList.length; this.scanned += 1) {
      const market = this.marketList[this.scanned] as MarketTimeline;
      if (!this.isReferenceMarket.has(market.market)) this.otherMarkets.push(market);
    }
    this.referenceTimelines = this.referenceMarkets.map((market) =>
      this.marketTimelines.get(market),
    );
  }

  private referenceColumnsFor(year: number): MarketColumns {
    let columns = this.referenceColumns.get(year);
    if (columns === undefined) {
      columns = marketColumns(this.referenceMarkets, year, this.reference);
      this.referenceColumns.set(year, columns);
    }
    return columns;
  }

  private unhomedOn(asOfDay: number): { market: string; summary: ActorBarring }[] {
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
    return unhomed;
  }
}
