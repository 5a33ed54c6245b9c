export * from './day.js';
export * from './partial-date.js';
export * from './instant.js';
