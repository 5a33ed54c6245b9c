import { describe, expect, it } from 'vitest';
import { curatedHistory, referenceData, sourceDocuments } from '../index.js';
import { normalise, quoteAppearsIn, seedExists, seedText } from '../testing/seeds.js';

const countryCodes = new Set(referenceData.countries.map((country) => country.code));
const referenceActors = new Set([
  ...referenceData.operators.map((row) => row.id),
  ...referenceData.companies.map((row) => row.id),
  ...referenceData.blocs.map((row) => row.id),
]);
const vendorIds = new Set(referenceData.vendors.map((vendor) => vendor.id));

describe('the curated history as written', () => {
  it('gives every event a unique id', () => {
    const ids = curatedHistory.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names five source documents that all exist', () => {
    expect(sourceDocuments).toHaveLength(5);
    for (const document of sourceDocuments)
      expect(seedExists(document.file), document.file).toBe(true);
  });

  it.each(curatedHistory.map((event) => [event.id, event] as const))(
    '%s cites a sentence of its document',
    (_, event) => {
      const { document, quote, refs } = event.source;
      expect(sourceDocuments.map((source) => source.file)).toContain(document);
      expect(quote, 'every event quotes its sentence').toBeDefined();
      expect(quoteAppearsIn(quote ?? '', seedText(document))).toBe(true);
      for (const ref of refs ?? []) expect(seedText(document)).toContain(`[${ref}]`);
    },
  );

  it('uses only known countries, reference actors and vendors', () => {
    for (const event of curatedHistory) {
      const subject = event.subject;
      if (/^[A-Z]{2}$/.test(subject)) expect(countryCodes, event.id).toContain(subject);
      else if (event.type !== 'PledgeMade' || event.data.actorName === undefined) {
        expect(referenceActors, event.id).toContain(subject);
      }
      const vendors =
        event.type === 'BanEnacted' || event.type === 'VendorsExcluded'
          ? event.data.vendors.kind === 'named'
            ? event.data.vendors.vendorIds
            : event.data.vendors.knownAffected
          : event.type === 'CommitmentReversed'
            ? event.data.vendorsReadmitted
            : [];
      for (const vendor of vendors) expect(vendorIds, event.id).toContain(vendor);
    }
  });

  it('never marks a member derived from an aggregate with high confidence', () => {
    const derived = curatedHistory.filter(
      (event) => event.source.derivedFromAggregate !== undefined,
    );
    expect(derived.length).toBeGreaterThan(0);
    for (const event of derived) expect(event.source.confidence).not.toBe('high');
  });

  it('says so in the note when a month or day is read from a "by ..." bound', () => {
    const datedByBound = curatedHistory.filter((event) => {
      const year = event.effectiveAt.slice(0, 4);
      const bound = new RegExp(`\\bby (mid-|late |early )?([a-z]+ )?(\\d{1,2}, )?${year}\\b`, 'i');
      return event.effectivePrecision !== 'year' && bound.test(event.source.quote ?? '');
    });
    expect(datedByBound.length).toBeGreaterThan(0);
    for (const event of datedByBound) expect(event.source.note, event.id).toMatch(/upper bound/);
  });

  it('only records undated 001 facts at low or medium confidence', () => {
    const strippedOnly = curatedHistory.filter((event) => event.source.document.startsWith('001_'));
    for (const event of strippedOnly) expect(event.source.confidence, event.id).not.toBe('high');
  });
});

describe('quote matching', () => {
  it('finds abridged quotes in order and refuses invented ones', () => {
    const text = 'Brazil emerged as the first participant,[3] joining as its 50th member.';
    expect(quoteAppearsIn('Brazil emerged ... its 50th member', text)).toBe(true);
    expect(quoteAppearsIn('its 50th member ... Brazil emerged', text)).toBe(false);
    expect(quoteAppearsIn('Brazil emerged as the 51st', text)).toBe(false);
    expect(normalise('A’s  “x”\n[12]b')).toBe('a\'s "x" b');
  });
});
