import { connect } from 'node:net';
import type { ISocketFactory } from 'kafkajs';

const keepAliveDelayMs = 60_000;

/**
 * kafkajs's default socket, with Nagle's algorithm off (as the Java client
 * does): a small request written while an earlier one is still unacknowledged
 * would otherwise wait for that acknowledgement, up to the peer's delayed-ACK
 * timer (40 ms on Linux).
 */
export const noDelaySocketFactory: ISocketFactory = ({ host, port, onConnect }) => {
  const socket = connect({ host, port, noDelay: true }, onConnect);
  socket.setKeepAlive(true, keepAliveDelayMs);
  return socket;
};
