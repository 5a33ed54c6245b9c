export * from './actor-ids.js';
export * from './iso-countries.js';
export * from './dates.js';
export * from './citation.js';
export * from './measure.js';
export * from './kinds.js';
export * from './envelope.js';
export * from './parse.js';
