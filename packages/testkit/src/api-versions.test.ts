import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey, fetchApiVersions } from './api-versions.js';
import { ensureKafka } from './ensure-kafka.js';

const openSockets = new Set<Socket>();

/** A TCP server on a free loopback port whose sockets the tests can always tear down. */
function listen(onConnection: (socket: Socket) => void): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      openSockets.add(socket);
      socket.on('close', () => openSockets.delete(socket));
      onConnection(socket);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function addressOf(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not a TCP server');
  return `127.0.0.1:${address.port}`;
}

describe('fetchApiVersions', () => {
  let brokers: string[] = [];
  const servers: Server[] = [];

  beforeAll(async () => {
    ({ brokers } = await ensureKafka());
  });

  afterEach(async () => {
    for (const socket of openSockets) socket.destroy();
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });

  it('reads the API ranges and features of a real broker', async () => {
    const versions = await fetchApiVersions(brokers[0] ?? '');
    expect(versions.apis.get(ApiKey.ApiVersions)?.max).toBeGreaterThanOrEqual(3);
    expect(versions.apis.get(ApiKey.Produce)?.max).toBeGreaterThanOrEqual(9);
    expect(versions.apis.get(ApiKey.InitProducerId)?.max).toBeGreaterThanOrEqual(4);
    expect(versions.supportedFeatures.get('metadata.version')?.max).toBeGreaterThan(0);
  });

  it('rejects a server that answers with something other than Kafka', async () => {
    const http = await listen((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    });
    servers.push(http);
    await expect(fetchApiVersions(addressOf(http))).rejects.toThrow(/not a Kafka protocol frame/);
  });

  it('rejects a server that hangs up without answering', async () => {
    const silent = await listen((socket) => socket.destroy());
    servers.push(silent);
    await expect(fetchApiVersions(addressOf(silent))).rejects.toThrow(/closed|ECONNRESET/);
  });

  it('rejects a server that never answers, after its timeout', async () => {
    const mute = await listen(() => undefined);
    servers.push(mute);
    await expect(fetchApiVersions(addressOf(mute), 200)).rejects.toThrow(/within 200 ms/);
  });
});
