/**
 * Okabe & Ito's palette (2008), distinguishable under the common forms of
 * colour-vision deficiency. Every categorical colour in the dashboard comes
 * from here.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Neutral greys for "nothing to report", kept apart from the categorical hues. */
export const neutral = {
  none: '#D9D9D9',
  noData: '#F4F4F4',
  outline: '#6B6B6B',
} as const;
