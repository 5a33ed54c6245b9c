import { CURRENT_SCHEMA_VERSION } from '../events/envelope.js';
import { createUpcaster, UPCASTERS } from './registry.js';

/** The ledger's read path: any stored version, upcast to the current one. */
export const upcast = createUpcaster(UPCASTERS, CURRENT_SCHEMA_VERSION);
