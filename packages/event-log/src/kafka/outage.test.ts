import { uniqueTopic } from '@cleannet/testkit';
import type {} from '@cleannet/testkit/kafka-global-setup';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { ISocketFactory } from 'kafkajs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { collect, event, type ContractEvent } from '../contract/event-log.contract.js';
import type { EventLog } from '../event-log.js';
import { LogUnavailable } from '../errors.js';
import { openKafkaLog } from './kafka-log.js';

/**
 * A network between this process and the shared broker that a test can cut:
 * every connection goes through a local proxy, and cutting closes the proxy's
 * sockets and stops it listening. The broker keeps running for everyone else,
 * while this log sees exactly what a stopped broker looks like: connections
 * closed by the far end, then refused.
 */
async function cuttableNetwork(broker: string) {
  const [brokerHost, brokerPort] = broker.split(':') as [string, string];
  const links = new Set<Socket>();
  const proxy = createServer((client) => {
    const upstream = connect({ host: brokerHost, port: Number(brokerPort) });
    for (const socket of [client, upstream]) {
      links.add(socket);
      socket.on('close', () => links.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      proxy.listen(port, '127.0.0.1', () => resolve((proxy.address() as AddressInfo).port));
    });
  const port = await listen(0);
  const socketFactory: ISocketFactory = ({ onConnect }) =>
    connect({ host: '127.0.0.1', port }, onConnect);
  return {
    socketFactory,
    cut() {
      proxy.close();
      for (const socket of links) socket.destroy();
    },
    restore: () => listen(port),
    close() {
      this.cut();
    },
  };
}

async function eventually(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

let log: EventLog<ContractEvent> | undefined;
afterEach(async () => {
  await log?.close();
});

describe('a broker outage', () => {
  it(
    'fails appends with LogUnavailable, keeps serving reads, and recovers by itself',
    { timeout: 60_000 },
    async () => {
      const network = await cuttableNetwork(inject('kafkaBrokers')[0]!);
      const topic = uniqueTopic('event-log.outage');
      const warnings: string[] = [];
      log = await openKafkaLog<ContractEvent>({
        brokers: inject('kafkaBrokers'),
        topic,
        transactionalId: `${topic}.writer`,
        appendTimeoutMs: 3_000,
        recoveryIntervalMs: 500,
        socketFactory: network.socketFactory,
        logger: { warn: (message) => warnings.push(message), error: () => undefined },
      });
      const live: string[] = [];
      const subscription = log.subscribe(0, (record) => {
        live.push(record.event.id);
      });
      await log.append([event('before', 'BR')]);

      network.cut();
      const failed = await log.append([event('during', 'BR')]).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(LogUnavailable);
      expect((failed as LogUnavailable).retryAfterSeconds).toBeGreaterThan(0);
      // While the writer is away, appends fail at once instead of queueing.
      await expect(log.append([event('during-2', 'BR')])).rejects.toBeInstanceOf(LogUnavailable);
      expect((await collect(log.read(0))).map((r) => r.event.id)).toEqual(['before']);
      expect(await log.status()).toMatchObject({ reachable: false, writable: false });

      await network.restore();
      await eventually(async () => {
        await log!.append([event('after', 'BR')]);
      }, 30_000);
      expect((await collect(log.read(0))).map((r) => r.event.id)).toEqual(['before', 'after']);
      await eventually(async () => expect(live).toEqual(['before', 'after']), 15_000);
      expect(warnings).toContain('The ledger writer is back');
      await subscription.close();
    },
  );
});
