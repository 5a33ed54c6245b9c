// Builders and a small recognisable history, for the tests of packages built on the domain.
export { measureData, pledgeData, proposal, stamp } from './builders.js';
export { history, polandCorrection, reference } from './scenario.js';
