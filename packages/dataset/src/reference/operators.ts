import type { OperatorRow } from './types.js';

/**
 * Operators the documents name (clean telcos, and the operators that kept or
 * excluded Huawei). Subscriber counts only where the curator is confident of
 * the operator's own reported figure (transcribed from memory of its annual
 * report or results, no network access at curation time, rounded to 2
 * significant figures): Vivo, Reliance Jio and NTT Docomo. The other 28 are
 * left missing rather than guessed, and the projections report them as
 * missing; several are groups whose reported customer counts mix countries
 * (Telefónica, Orange, Singtel), which the single `homeCountry` cannot carry.
 */
export const operators: OperatorRow[] = [
  { id: 'operator:telefonica', name: 'Telefónica (Spain)', homeCountry: 'ES' },
  { id: 'operator:o2-uk', name: 'O2 (UK)', homeCountry: 'GB' },
  {
    id: 'operator:telefonica-deutschland',
    name: 'Telefónica Deutschland (O2 Germany)',
    homeCountry: 'DE',
  },
  {
    id: 'operator:vivo',
    name: 'Vivo (Telefônica Brasil)',
    homeCountry: 'BR',
    subscribers: {
      count: 78_000_000,
      year: 2020,
      source: 'Telefônica Brasil annual report 2020, mobile accesses, rounded',
    },
  },
  { id: 'operator:orange', name: 'Orange (France)', homeCountry: 'FR' },
  {
    id: 'operator:reliance-jio',
    name: 'Reliance Jio',
    homeCountry: 'IN',
    subscribers: {
      count: 410_000_000,
      year: 2020,
      source: 'Reliance Jio results for the quarter to 2020-12-31 (410.8 million), rounded',
    },
  },
  { id: 'operator:telstra', name: 'Telstra', homeCountry: 'AU' },
  { id: 'operator:sk-telecom', name: 'SK Telecom', homeCountry: 'KR' },
  { id: 'operator:kt', name: 'KT', homeCountry: 'KR' },
  {
    id: 'operator:ntt-docomo',
    name: 'NTT Docomo (NTT)',
    homeCountry: 'JP',
    subscribers: {
      count: 80_000_000,
      year: 2020,
      source: 'NTT Docomo mobile subscriptions, fiscal year to March 2020 (80.4 million), rounded',
    },
  },
  { id: 'operator:kddi', name: 'KDDI', homeCountry: 'JP' },
  { id: 'operator:softbank', name: 'SoftBank Corp.', homeCountry: 'JP' },
  { id: 'operator:rakuten-mobile', name: 'Rakuten Mobile', homeCountry: 'JP' },
  { id: 'operator:plus', name: 'Plus (Polkomtel, Polsat group)', homeCountry: 'PL' },
  { id: 'operator:cosmote', name: 'COSMOTE (OTE group)', homeCountry: 'GR' },
  { id: 'operator:hrvatski-telekom', name: 'Hrvatski Telekom', homeCountry: 'HR' },
  { id: 'operator:three-ireland', name: 'Three Ireland', homeCountry: 'IE' },
  { id: 'operator:lmt', name: 'LMT (Latvijas Mobilais Telefons)', homeCountry: 'LV' },
  { id: 'operator:ziggo', name: 'Ziggo (VodafoneZiggo)', homeCountry: 'NL' },
  { id: 'operator:chunghwa-telecom', name: 'Chunghwa Telecom', homeCountry: 'TW' },
  { id: 'operator:tdc', name: 'TDC', homeCountry: 'DK' },
  { id: 'operator:singtel', name: 'Singtel', homeCountry: 'SG' },
  { id: 'operator:starhub', name: 'StarHub', homeCountry: 'SG' },
  { id: 'operator:bell-canada', name: 'Bell Canada', homeCountry: 'CA' },
  { id: 'operator:rogers', name: 'Rogers Communications', homeCountry: 'CA' },
  { id: 'operator:telus', name: 'Telus', homeCountry: 'CA' },
  { id: 'operator:vodafone-portugal', name: 'Vodafone Portugal', homeCountry: 'PT' },
  { id: 'operator:nos', name: 'NOS', homeCountry: 'PT' },
  { id: 'operator:altice-portugal', name: 'Altice Portugal (MEO)', homeCountry: 'PT' },
  { id: 'operator:kpn', name: 'KPN', homeCountry: 'NL' },
  { id: 'operator:vodafone-spain', name: 'Vodafone Spain', homeCountry: 'ES' },
];
