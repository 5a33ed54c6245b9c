import { connect, isIP } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { ISocketFactory } from 'kafkajs';

const keepAliveDelayMs = 60_000;

/**
 * kafkajs's default socket, with Nagle's algorithm off (as the Java client
 * does): a small request written while an earlier one is still unacknowledged
 * would otherwise wait for that acknowledgement, up to the peer's delayed-ACK
 * timer (40 ms on Linux). Like kafkajs's own factory it speaks TLS when the
 * client has `ssl` (true, or tls.connect options), naming the host for SNI.
 */
export const noDelaySocketFactory: ISocketFactory = ({ host, port, ssl, onConnect }) => {
  const socket = ssl
    ? connectTls(
        {
          host,
          port,
          ...(isIP(host) ? {} : { servername: host }),
          ...(typeof ssl === 'object' ? ssl : {}),
        },
        onConnect,
      )
    : connect({ host, port }, onConnect);
  socket.setNoDelay(true);
  socket.setKeepAlive(true, keepAliveDelayMs);
  return socket;
};
