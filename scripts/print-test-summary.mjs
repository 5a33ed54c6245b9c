// Prints the "N passed, N failed" line from the suites' reports, for .ci/run
// to end on after the broker has been stopped.
import { fileURLToPath } from 'node:url';
import { collectResults } from './test-results.mjs';

const { passed, failed, skipped } = collectResults(fileURLToPath(new URL('..', import.meta.url)));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
