export * from './reference/index.js';
export * from './history/index.js';
export * from './gaps.js';
