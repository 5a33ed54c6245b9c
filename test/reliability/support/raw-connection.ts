import { connect } from 'node:net';

export interface RawConnectionResult {
  /** The status line of whatever the service answered, if anything. */
  readonly statusLine: string | undefined;
  /** Everything the service answered, headers and body. */
  readonly received: string;
  /** When the service closed the connection (ms after connecting), or undefined if it was still open at the deadline. */
  readonly closedAfterMs: number | undefined;
}

export interface RawConnectionOptions {
  readonly port: number;
  /** Written once connected. */
  readonly head: string;
  /** Written every `everyMs` afterwards, the way a slow client sends. */
  readonly trickle?: string;
  readonly everyMs?: number;
  /** The test gives up on the connection (and closes it itself) after this. */
  readonly deadlineMs: number;
}

/**
 * One HTTP connection on a raw socket, to send a request as slowly as an
 * attacker would (fetch cannot hold back its headers or body). Resolves when
 * the service closes the connection or at the deadline, whichever is first.
 */
export function rawConnection(options: RawConnectionOptions): Promise<RawConnectionResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(options.port, '127.0.0.1');
    let received = '';
    let trickle: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearInterval(trickle);
      clearTimeout(deadline);
      socket.destroy();
      const statusLine = received === '' ? undefined : received.split('\r\n')[0];
      resolve({
        statusLine,
        received,
        closedAfterMs: closed ? performance.now() - started : undefined,
      });
    };
    const deadline = setTimeout(() => finish(false), options.deadlineMs);
    socket.on('connect', () => {
      socket.write(options.head);
      if (options.trickle !== undefined) {
        trickle = setInterval(() => {
          if (socket.writable) socket.write(options.trickle!);
        }, options.everyMs ?? 1_000);
      }
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    // A reset is a close too: the service dropped the connection.
    socket.on('error', () => {});
    socket.on('close', () => finish(true));
  });
}
