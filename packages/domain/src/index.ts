export * from './time/index.js';
export * from './events/index.js';
export * from './upcasting/registry.js';
export * from './upcasting/upcast.js';
export * from './decider/index.js';
export * from './model/measure-lifecycle.js';
