import type { LedgerEvent } from '@cleannet/domain';
import type { AnswerScope } from '../answer-cache/answer-scope.js';
import type { ReadRequest } from './read-request.js';

/** Main thread to read worker, in one FIFO: events in log order, reads between them. */
export type ToReadWorker =
  | {
      readonly kind: 'apply';
      readonly events: readonly LedgerEvent[];
      /** Per event, whether it changed any state; absent: unknown (a replacement worker's history). */
      readonly statesChanged?: readonly boolean[];
    }
  | { readonly kind: 'read'; readonly id: number; readonly request: ReadRequest };

/**
 * Read worker to main thread: that it started (its modules loaded), then one
 * reply per read; the body's buffer is transferred.
 */
export type FromReadWorker = { readonly started: true } | ReadReply;

export type ReadReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly body: Uint8Array;
      readonly contentType: string;
      readonly contentDisposition?: string;
      readonly scope?: AnswerScope;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
