/**
 * The one bridge between the ledger's ISO alpha-2 codes and the numeric ISO
 * ids that world-atlas keys its shapes by. The pairs come from the ledger's
 * reference data (via the API), not from a table kept here.
 */
export interface CountryCode {
  code: string;
  numeric: string | null;
}

/** The part of a world-atlas feature that identifies it. */
export interface AtlasFeatureKey {
  id?: string | number | undefined;
  properties?: { name?: string } | null;
}

/**
 * Kosovo has no numeric ISO code, so world-atlas draws its shape without an
 * id; it is the only one we claim by name. (Other id-less shapes, such as
 * Somaliland and Northern Cyprus, are not ledger actors and show as no data.)
 */
const idlessShapes: Record<string, string> = { Kosovo: 'XK' };

export interface IsoLookup {
  alpha2ForFeature(feature: AtlasFeatureKey): string | null;
  numericFor(alpha2: string): string | null;
}

function normaliseNumeric(id: string | number): string {
  return String(id).padStart(3, '0');
}

export function createIsoLookup(countries: readonly CountryCode[]): IsoLookup {
  const byNumeric = new Map<string, string>();
  const byAlpha2 = new Map<string, string>();
  for (const { code, numeric } of countries) {
    if (numeric === null) continue;
    byNumeric.set(normaliseNumeric(numeric), code);
    byAlpha2.set(code, normaliseNumeric(numeric));
  }
  return {
    alpha2ForFeature(feature) {
      if (feature.id !== undefined && feature.id !== '') {
        return byNumeric.get(normaliseNumeric(feature.id)) ?? null;
      }
      const name = feature.properties?.name;
      return name !== undefined ? (idlessShapes[name] ?? null) : null;
    },
    numericFor: (alpha2) => byAlpha2.get(alpha2) ?? null,
  };
}
