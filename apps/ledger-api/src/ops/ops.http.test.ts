import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledge } from '../testing/sample-events.js';
import { postJson, startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.dispose();
});

describe('operations routes', () => {
  it('/healthz answers while the process lives', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports the log reachable and the projections caught up', async () => {
    const response = await fetch(`${app.url}/readyz`);
    const body = (await response.json()) as {
      status: string;
      checks: Array<{ name: string; ok: boolean }>;
    };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.checks.map((check) => check.name)).toEqual([
      'accepting',
      'log',
      'projections',
      'reads',
    ]);
  });

  it('/metrics exposes request latency, appends and lag in Prometheus format', async () => {
    await postJson(app, '/v1/events', pledge('BE'));
    await fetch(`${app.url}/readyz`);
    const response = await fetch(`${app.url}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(
      /ledger_http_request_duration_seconds_bucket\{.*route="\/v1\/events".*status="201"/,
    );
    expect(text).toMatch(/ledger_append_events_total\{outcome="appended"\} 1/);
    expect(text).toContain('ledger_projection_lag_events 0');
    expect(text).toContain('ledger_consumer_lag_events 0');
  });

  it('/ops/state digests the projections, and the digest moves only when an event is applied', async () => {
    const read = async () =>
      (await (await fetch(`${app.url}/ops/state`)).json()) as {
        events: number;
        changes: number;
        stateHash: string;
      };
    const before = await read();
    expect(before.stateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await read()).toEqual(before);
    await postJson(app, '/v1/events', pledge('DK'));
    const after = await read();
    expect(after.events).toBe(before.events + 1);
    expect(after.changes).toBe(before.changes + 1);
    expect(after.stateHash).not.toBe(before.stateHash);
  });

  it('answers unknown routes with a 404 problem document', async () => {
    const response = await fetch(`${app.url}/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 404, instance: '/v1/nothing-here' });
  });

  it('sets security headers and echoes a request id', async () => {
    const response = await fetch(`${app.url}/healthz`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    expect(app.logLines.some((line) => line.includes('"trace-123"'))).toBe(true);
  });
});

describe('graceful shutdown', () => {
  it('answers or refuses every write during shutdown, and stores exactly what it acknowledged', async () => {
    const local = await startTestApp();
    const events = Array.from({ length: 10 }, (_, n) =>
      pledge('US', `shutdown-${n}`, `2020-0${n + 1}-01`.replace('-010-', '-10-')),
    );
    let acknowledged: string[] = [];
    try {
      const inFlight = events.map((event) => postJson(local, '/v1/events', event));
      await Promise.race(inFlight);
      await local.stop();
      const results = await Promise.allSettled(inFlight);
      results.forEach((result, n) => {
        if (result.status === 'fulfilled') {
          // A request the service read is answered: stored (201) or refused while draining (503).
          expect([201, 503]).toContain(result.value.status);
          if (result.value.status === 201) acknowledged.push(events[n]!.id);
        }
        // A rejected fetch is a connection the closing server never accepted; retrying is safe.
      });
      expect(acknowledged.length).toBeGreaterThan(0);
      const restarted = await startTestApp({}, local.dataDir);
      try {
        for (const event of events) {
          const again = await postJson(restarted, '/v1/events', event);
          expect(again.status).toBe(201);
          expect(again.headers.get('idempotent-replayed') === 'true').toBe(
            acknowledged.includes(event.id),
          );
        }
      } finally {
        await restarted.stop();
      }
    } finally {
      acknowledged = [];
      await local.dispose();
    }
  });
});
