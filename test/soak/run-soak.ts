/**
 * `npm run soak -w @cleannet/tests` (after the long reliability variants):
 * the service on Kafka (unique topics on the shared broker) under a steady
 * open-loop load of SOAK_APPENDS_PER_S appends and SOAK_READS_PER_S reads for
 * SOAK_SECONDS (defaults 200, 500, 300), after a SOAK_RAMP_SECONDS ramp
 * (default 15). The appends pledge for SOAK_OPERATORS operators in turn
 * (default 500; 0: a new operator each time, so every append changes states).
 * Every answer must be 2xx and every due request sent; the resident memory,
 * heap, consumer lag, CPU of the service and of this client and the
 * service's event-loop delay are sampled every 10 s. Writes the
 * figures to soak/results/last-soak.json and exits 1 if a check fails.
 * SOAK_SERVICE_NODE_ARGS passes node options to the service (e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof`). A shorter iteration: SOAK_SECONDS=60.
 */
import { mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureKafka, uniqueTopic } from '@cleannet/testkit';
import { request } from '../reliability/support/http.js';
import { LedgerService, RECORDER_TOKEN, TOKENS } from '../reliability/support/ledger-service.js';
import { createLightClient } from '../http/light-client.js';
import { appendEvent, readPath } from './load-plan.js';
import {
  histogramMean,
  histogramMeanMs,
  median,
  metricValue,
  percentile,
  slope,
} from './metrics.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
/**
 * Before the SECONDS at full rate, the rates rise linearly from 0 over this
 * many seconds, as traffic reaches a freshly started instance behind a load
 * balancer; errors and missed requests of the ramp count like any others.
 */
const RAMP_SECONDS = Number(process.env.SOAK_RAMP_SECONDS ?? 15);
const APPENDS_PER_S = Number(process.env.SOAK_APPENDS_PER_S ?? 200);
const READS_PER_S = Number(process.env.SOAK_READS_PER_S ?? 500);
/** How many operators the appends pledge for, in turn; 0: a new one each time (see `appendEvent`). */
const OPERATORS = Number(process.env.SOAK_OPERATORS ?? 500);
const SAMPLE_EVERY_MS = 10_000;
/**
 * Open loop, but bounded: beyond this many requests of a kind in flight a due
 * request of that kind counts as missed (separately, so a backlog of appends
 * does not turn into missed reads).
 */
const MAX_IN_FLIGHT = 400;
/** Keep-alive sockets per request kind (appends and reads do not queue behind each other). */
const SOCKETS_PER_KIND = 128;
/** Node options for the service, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it. */
const SERVICE_NODE_ARGS = (process.env.SOAK_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);

interface Sample {
  t: number;
  rssMb: number;
  heapUsedMb: number;
  consumerLag: number;
  projectionLag: number;
  appended: number;
  /** CPU the service and this client used since the previous sample, in % of one core. */
  serviceCpuPct: number;
  /** The service's event-loop delay, p99 (prom-client's default metrics). */
  eventLoopLagP99Ms: number;
  /**
   * Share of the last 10 s in which some runnable task waited for a CPU
   * (Linux PSI): other work on the machine shows here, not in our own CPU figures.
   */
  machineCpuPressurePct: number;
  clientCpuPct: number;
  /** Of serviceCpuPct, what the service's main thread (HTTP, the writer, Kafka) used. */
  serviceMainThreadCpuPct: number;
  /** The Kafka broker's CPU (NaN when its process is not found on this machine). */
  brokerCpuPct: number;
}

/** `some avg10` of /proc/pressure/cpu, or NaN where the kernel does not report it. */
function cpuPressure(): number {
  try {
    const line = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    return Number(/avg10=([\d.]+)/.exec(line)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

/** utime + stime of a process in seconds, from /proc (Linux); NaN once it is gone. */
function processCpuSeconds(pid: number): number {
  return statCpuSeconds(`/proc/${pid}/stat`);
}

/** The same for one thread: the main thread's tid is the process id. */
function threadCpuSeconds(pid: number, tid: number): number {
  return statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
}

function statCpuSeconds(path: string): number {
  try {
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The process listening on this TCP port (the broker the service uses), if
 * it runs on this machine: it shares the cores with the service and the
 * client. Several brokers may run here (other suites start their own).
 */
function pidListeningOn(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      const localPort = Number.parseInt(fields[1]?.split(':').at(-1) ?? '', 16);
      if (localPort === port && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode !== undefined && inodes.has(inode)) return Number(entry);
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return undefined;
}

let current: LedgerService | undefined;

async function main(): Promise<void> {
  const { brokers } = await ensureKafka();
  const topic = uniqueTopic('soak.ledger');
  const service = await LedgerService.start({
    env: {
      KAFKA_BROKERS: brokers.join(','),
      LEDGER_KAFKA_TOPIC: topic,
      LEDGER_CHANGES_TOPIC: `${topic}.changes`,
      LEDGER_KAFKA_TRANSACTIONAL_ID: `${topic}.writer`,
      LEDGER_TOKENS: TOKENS,
      LEDGER_WRITE_RATE_LIMIT: '1000000',
      LOG_LEVEL: 'warn',
    },
    nodeArgs: SERVICE_NODE_ARGS,
  });
  current = service;
  console.log(
    `soak: service pid ${service.pid}, ${RAMP_SECONDS} s ramp then ${SECONDS} s at ${APPENDS_PER_S} appends/s + ${READS_PER_S} reads/s on ${brokers.join(',')} topic ${topic}`,
  );

  const errors: string[] = [];
  const latency = { append: [] as number[], read: [] as number[] };
  const inFlight = { append: 0, read: 0 };
  const missed = { append: 0, read: 0 };
  let appended = 0;
  let reads = 0;
  const appendClient = createLightClient(service.url, SOCKETS_PER_KIND);
  const readClient = createLightClient(service.url, SOCKETS_PER_KIND);
  const prefix = topic.replace(/[^a-z0-9]+/g, '-');
  const fire = (kind: 'append' | 'read', n: number) => {
    if (inFlight[kind] >= MAX_IN_FLIGHT) {
      missed[kind] += 1;
      return;
    }
    inFlight[kind] += 1;
    const call =
      kind === 'append'
        ? appendClient.postJson(
            '/v1/events',
            appendEvent(prefix, n, OPERATORS),
            RECORDER_TOKEN,
            30_000,
          )
        : readClient.get(readPath(n), 30_000);
    call
      .then(
        (answer) => {
          latency[kind].push(answer.ms);
          const expected = kind === 'append' ? 201 : 200;
          if (answer.status !== expected)
            errors.push(`${kind} ${answer.status} ${answer.body.slice(0, 200)}`);
          else if (kind === 'append') appended += 1;
          else reads += 1;
        },
        (error: unknown) => errors.push(`${kind} ${String(error)}`),
      )
      .finally(() => {
        inFlight[kind] -= 1;
      });
  };

  const samples: Sample[] = [];
  let lastMetrics = '';
  const broker = pidListeningOn(Number(brokers[0]?.split(':').at(-1)));
  const cpuNow = () => ({
    wall: performance.now(),
    service: processCpuSeconds(service.pid),
    serviceMain: threadCpuSeconds(service.pid, service.pid),
    broker: broker === undefined ? Number.NaN : processCpuSeconds(broker),
    client: process.cpuUsage(),
  });
  let cpuMark = cpuNow();
  const sample = async (t: number) => {
    const now = cpuNow();
    const wallS = (now.wall - cpuMark.wall) / 1000;
    const pct = (seconds: number) => (wallS > 0 ? Math.round((seconds / wallS) * 100) : 0);
    const clientS =
      (now.client.user + now.client.system - cpuMark.client.user - cpuMark.client.system) / 1e6;
    const serviceCpuPct = pct(now.service - cpuMark.service);
    const serviceMainThreadCpuPct = pct(now.serviceMain - cpuMark.serviceMain);
    const brokerCpuPct = pct(now.broker - cpuMark.broker);
    const clientCpuPct = pct(clientS);
    cpuMark = now;
    let metrics = '';
    try {
      await request(`${service.url}/readyz`, { timeoutMs: 30_000 }); // refreshes the lag gauges
      metrics = (await request(`${service.url}/metrics`, { timeoutMs: 30_000 })).body;
      lastMetrics = metrics;
    } catch (error) {
      console.log(`t=${t}s metrics unavailable: ${String(error)}`);
    }
    samples.push({
      t,
      rssMb: Math.round(service.rssBytes() / 1e5) / 10,
      heapUsedMb: Math.round(metricValue(metrics, 'nodejs_heap_size_used_bytes') / 1e5) / 10,
      consumerLag: metricValue(metrics, 'ledger_consumer_lag_events'),
      projectionLag: metricValue(metrics, 'ledger_projection_lag_events'),
      appended,
      serviceCpuPct,
      serviceMainThreadCpuPct,
      brokerCpuPct,
      clientCpuPct,
      machineCpuPressurePct: cpuPressure(),
      eventLoopLagP99Ms:
        Math.round(metricValue(metrics, 'nodejs_eventloop_lag_p99_seconds') * 10_000) / 10,
    });
    const last = samples.at(-1)!;
    console.log(
      `t=${t}s rss=${last.rssMb}MB heap=${last.heapUsedMb}MB lag=${last.consumerLag} cpu service=${serviceCpuPct}% (main thread ${serviceMainThreadCpuPct}%) broker=${brokerCpuPct}% client=${clientCpuPct}% appended=${appended} reads=${reads} errors=${errors.length} missed=${missed.append}+${missed.read} loopLagP99=${last.eventLoopLagP99Ms}ms cpuPressure=${last.machineCpuPressurePct}%`,
    );
  };

  const started = performance.now();
  let sentAppends = 0;
  let sentReads = 0;
  let nextSample = 0;
  await sample(0);
  const totalSeconds = RAMP_SECONDS + SECONDS;
  let steady: { at: number; appended: number; reads: number } | undefined;
  while (performance.now() - started < totalSeconds * 1000) {
    const elapsed = (performance.now() - started) / 1000;
    if (steady === undefined && elapsed >= RAMP_SECONDS) {
      steady = { at: performance.now(), appended, reads };
    }
    const due = dueBy(elapsed);
    while (sentAppends < due * APPENDS_PER_S) fire('append', sentAppends++);
    while (sentReads < due * READS_PER_S) fire('read', sentReads++);
    if (elapsed * 1000 >= nextSample + SAMPLE_EVERY_MS) {
      nextSample += SAMPLE_EVERY_MS;
      void sample(Math.round(nextSample / 1000));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const drainDeadline = Date.now() + 60_000;
  while (inFlight.append + inFlight.read > 0 && Date.now() < drainDeadline)
    await new Promise((r) => setTimeout(r, 50));
  await sample(Math.round((performance.now() - started) / 1000));
  const wall = (performance.now() - started) / 1000;
  // Rates over the full-rate part: answers completed after the ramp, per second since.
  const since = steady ?? { at: started, appended: 0, reads: 0 };
  const steadyWall = (performance.now() - since.at) / 1000;
  appendClient.close();
  readClient.close();
  await service.stop();
  // What the service logged about its failures (it runs at LOG_LEVEL=warn): the why behind a 5xx.
  const serviceErrors = service.output
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line))
    .slice(0, 3)
    .map((line) => line.slice(0, 1000));

  // Memory after warm-up: the slope of RSS against stored events over the second half of the run.
  const secondHalf = samples.filter((s) => s.t >= RAMP_SECONDS + SECONDS / 2);
  const rssKbPerEvent = slope(secondHalf.map((s) => [s.appended, s.rssMb * 1024] as const));
  const third = Math.max(1, Math.floor(samples.length / 3));
  const early = samples.slice(1, third + 1);
  const late = samples.slice(-third);
  const achieved = {
    appendsPerS: Math.round(((appended - since.appended) / steadyWall) * 10) / 10,
    readsPerS: Math.round(((reads - since.reads) / steadyWall) * 10) / 10,
  };
  const result = {
    command: 'npm run soak -w @cleannet/tests',
    date: new Date().toISOString(),
    seconds: SECONDS,
    rampSeconds: RAMP_SECONDS,
    wallSeconds: Math.round(wall),
    target: { appendsPerS: APPENDS_PER_S, readsPerS: READS_PER_S },
    operators: OPERATORS,
    achieved: achieved,
    appended,
    reads,
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    serviceErrors,
    missed,
    latencyMs: {
      appendP50: Math.round(percentile(latency.append, 50)),
      appendP99: Math.round(percentile(latency.append, 99)),
      readP50: Math.round(percentile(latency.read, 50)),
      readP99: Math.round(percentile(latency.read, 99)),
    },
    // Where an append's time goes, from the service's own histograms (means over the run).
    writer: {
      appendQueueTo201Ms: histogramMeanMs(lastMetrics, 'ledger_append_duration_seconds'),
      logAppendMs: histogramMeanMs(lastMetrics, 'ledger_log_append_duration_seconds'),
      applyWaitMs: histogramMeanMs(lastMetrics, 'ledger_apply_wait_seconds'),
      requestsPerAppend:
        Math.round(histogramMean(lastMetrics, 'ledger_append_group_requests') * 10) / 10,
      logAppends: metricValue(lastMetrics, 'ledger_append_group_requests_count'),
    },
    readCache: {
      hits: metricValue(lastMetrics, 'ledger_read_cache_lookups{outcome="hit"}'),
      misses: metricValue(lastMetrics, 'ledger_read_cache_lookups{outcome="miss"}'),
      bytes: metricValue(lastMetrics, 'ledger_read_cache_bytes'),
      entries: metricValue(lastMetrics, 'ledger_read_cache_entries'),
    },
    // Means over the samples of the full-rate part (each covers the 10 s before it).
    cpu: (() => {
      const full = samples.filter((s) => s.t > RAMP_SECONDS && s.t <= RAMP_SECONDS + SECONDS);
      const mean = (pick: (s: Sample) => number) =>
        Math.round(full.reduce((sum, s) => sum + pick(s), 0) / Math.max(1, full.length));
      const service = mean((s) => s.serviceCpuPct);
      const requestsPerS = achieved.appendsPerS + achieved.readsPerS;
      return {
        servicePct: service,
        serviceMainThreadPct: mean((s) => s.serviceMainThreadCpuPct),
        brokerPct: mean((s) => s.brokerCpuPct),
        clientPct: mean((s) => s.clientCpuPct),
        machineCpuPressurePct: mean((s) => s.machineCpuPressurePct),
        serviceCpuMsPerRequest:
          requestsPerS > 0 ? Math.round((service * 10 * 100) / requestsPerS) / 100 : null,
      };
    })(),
    rssFirstMb: samples[0]?.rssMb,
    rssMaxMb: Math.max(...samples.map((s) => s.rssMb)),
    rssLastMb: samples.at(-1)?.rssMb,
    rssSecondHalfKbPerEvent: Math.round(rssKbPerEvent * 100) / 100,
    samples,
  };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}last-soak.json`, `${JSON.stringify(result, null, 2)}\n`);

  const failures: string[] = [];
  if (errors.length > 0) failures.push(`${errors.length} error responses, e.g. ${errors[0]}`);
  // The rates themselves: a client that cannot keep up would otherwise pass by sending less.
  for (const [kind, achieved, target] of [
    ['appends', result.achieved.appendsPerS, APPENDS_PER_S],
    ['reads', result.achieved.readsPerS, READS_PER_S],
  ] as const) {
    if (!(achieved >= 0.95 * target)) failures.push(`${kind}: ${achieved}/s of ${target}/s`);
  }
  if (missed.append + missed.read > 0) {
    failures.push(
      `${missed.append} appends and ${missed.read} reads not sent: more than ${MAX_IN_FLIGHT} of their kind in flight`,
    );
  }
  // Memory: the log and the index keep every event in memory by design, so RSS may grow with the
  // data; after warm-up a leak shows as growth far beyond that (8 KiB per stored event is several
  // times what an event costs in memory).
  if (!(rssKbPerEvent <= 8)) {
    failures.push(
      `RSS grew ${result.rssSecondHalfKbPerEvent} KiB per appended event after warm-up`,
    );
  }
  const lagEarly = median(early.map((s) => s.consumerLag));
  const lagLate = median(late.map((s) => s.consumerLag));
  if (!(lagLate <= Math.max(APPENDS_PER_S, 2 * lagEarly)))
    failures.push(`consumer lag grew from ${lagEarly} to ${lagLate}`);
  console.log(JSON.stringify({ ...result, samples: undefined }, null, 2));
  if (failures.length > 0) {
    console.error(`soak FAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('soak passed');
}

/** Seconds' worth of full-rate requests due by `elapsed` (the integral of the ramped rate). */
function dueBy(elapsed: number): number {
  if (RAMP_SECONDS <= 0) return elapsed;
  if (elapsed < RAMP_SECONDS) return (elapsed * elapsed) / (2 * RAMP_SECONDS);
  return elapsed - RAMP_SECONDS / 2;
}

process.on('exit', () => {
  // Never leave the service behind, whatever happened.
  if (current?.running) current.child.kill('SIGKILL');
});

await main();
