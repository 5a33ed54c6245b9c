// Where a replay step's time goes in the page: a CPU profile of Chromium's
// main thread over a run of steps (through the DevTools protocol), summed
// by function (self time), plus the steps' timings. Not a benchmark (not
// run by `npm run bench`); a driver for finding what to cut.
// For readable names profile an unminified build:
//   cd apps/dashboard && npx vite build --minify false --outDir /tmp/dashboard-profile-dist
//   cd test && DASHBOARD_DIST=/tmp/dashboard-profile-dist npx tsx bench/dashboard-replay-profile.ts
//   PROFILE_STEPS   profiled steps (default 24); PROFILE_TOP  rows shown (default 30)
//   PROFILE_MODE=trace  a DevTools timeline trace instead: time per event
//                       (style, layout, paint, script) on the page's main thread
import { writeFile } from 'node:fs/promises';
import { defaultDist, openReplayPage } from './dashboard-replay-page.ts';

const STEPS = Number(process.env.PROFILE_STEPS ?? 24);
const TOP = Number(process.env.PROFILE_TOP ?? 30);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const replay = await openReplayPage(process.env.DASHBOARD_DIST ?? defaultDist);
try {
  for (let i = 0; i < 6; i += 1) await replay.step();
  const cdp = await replay.page.context().newCDPSession(replay.page);
  if (process.env.PROFILE_MODE === 'trace') {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => {
      events.push(...((message as unknown as { value: TraceEvent[] }).value ?? []));
    });
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
      },
    } as never);
    const timings = [];
    for (let i = 0; i < STEPS; i += 1) timings.push(await replay.step());
    await cdp.send('Tracing.end');
    await done;
    await writeFile('/tmp/dashboard-replay.trace.json', JSON.stringify({ traceEvents: events }));
    // The renderer's main thread is where the page's script, style, layout
    // and paint run; of the renderer main threads, the busiest is the page's.
    const mains = events
      .filter(
        (event) =>
          event.name === 'thread_name' && JSON.stringify(event.args).includes('CrRendererMain'),
      )
      .map((event) => `${event.pid}:${event.tid}`);
    const busy = new Map<string, number>();
    for (const event of events) {
      const thread = `${event.pid}:${event.tid}`;
      if (event.ph === 'X' && mains.includes(thread))
        busy.set(thread, (busy.get(thread) ?? 0) + (event.dur ?? 0));
    }
    const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
    const byName = new Map<string, number>();
    for (const event of events) {
      if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== main) continue;
      byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    }
    console.table(
      [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([name, ms]) => ({ name, msPerStep: (ms / STEPS).toFixed(2) })),
    );
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    console.log(
      `median render ${median(timings.map((t) => t.render)).toFixed(1)} ms over ${STEPS} traced steps (nested events overlap); trace in /tmp/dashboard-replay.trace.json`,
    );
  } else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const timings = [];
    for (let i = 0; i < STEPS; i += 1) timings.push(await replay.step());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await writeFile('/tmp/dashboard-replay.cpuprofile', JSON.stringify(profile));

    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, index) => {
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').at(-1) ?? '';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0));
    }
    const rows = [...byFunction]
      .filter(([key]) => !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([fn, ms]) => ({ fn, msPerStep: (ms / STEPS).toFixed(2) }));
    console.table(rows);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
    console.log(
      `median render ${median(timings.map((t) => t.render)).toFixed(1)} ms, step ${median(
        timings.map((t) => t.total),
      ).toFixed(1)} ms over ${STEPS} profiled steps; profile in /tmp/dashboard-replay.cpuprofile`,
    );
  }
} finally {
  await replay.close();
}
