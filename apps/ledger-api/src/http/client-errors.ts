import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { resolveProblemType } from '../problem-types/public-base-url.js';
import { PROBLEM_CONTENT_TYPE, problem, type ProblemStatus } from './problem-details/problem.js';

/** What Node's parser and timeouts report, as the problem a client gets. */
function statusOf(code: string | undefined): { status: ProblemStatus; detail: string } {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, detail: 'The request did not arrive in time; the connection is closed.' };
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, detail: 'The request headers are too large.' };
  }
  return { status: 400, detail: 'The request is not valid HTTP.' };
}

/**
 * Requests refused before Express sees them (malformed HTTP, headers or a
 * request that did not arrive within the timeouts) get a problem document
 * like every other refusal, instead of Node's bare status line. As Node
 * itself does, nothing is written once a response has started, and the
 * connection is closed after the answer. The problem `type` is absolute
 * only when LEDGER_PUBLIC_URL is set: a request that did not parse has no
 * Host to build it from.
 */
export function answerClientErrors(server: Server, publicUrl: string | undefined): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
      ?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || started) {
      socket.destroy();
      return;
    }
    const { status, detail } = statusOf(error.code);
    const refusal = problem(status, detail);
    const type = publicUrl ? resolveProblemType(refusal.type, publicUrl) : refusal.type;
    const body = JSON.stringify({ ...refusal, type });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
}
