export * from './commands.js';
export * from './decide.js';
export * from './decision.js';
export * from './errors.js';
export { evolve, initialState, pledgeStatusOf, measureStatusOf } from './state.js';
export type { DeciderState, KnownEvent, KnownMeasure, PledgeStatus } from './state.js';
