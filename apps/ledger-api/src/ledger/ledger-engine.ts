import {
  commandFor,
  decide,
  evolve,
  initialState,
  parseProposedEvent,
  type DeciderState,
  type LedgerEvent,
  type ProposedEvent,
} from '@cleannet/domain';
import type { EventLog, LogRecord, Subscription } from '@cleannet/event-log';
import type { Logger } from 'pino';
import type { LedgerMetrics } from '../ops/metrics/ledger-metrics.js';
import type { ReadinessCheck } from '../ops/health/readiness.port.js';
import { createSerialQueue } from '../commands/append-event/serial-queue.js';
import {
  DomainRuleViolated,
  IdempotencyConflict,
  InvalidEvents,
  ServiceUnavailable,
  type FieldIssue,
} from './ledger-errors.js';
import type { AppendOutcome, EventFilter, EventPage, Ledger, StoredEvent } from './ledger.port.js';
import { sameSubmission } from './same-submission.js';

/** What the log stores: the event without `recordedAt`, which the log stamps on the record. */
export type DraftEvent = LedgerEvent extends infer E
  ? E extends LedgerEvent
    ? Omit<E, 'recordedAt'>
    : never
  : never;

export interface LedgerEngineDeps {
  readonly log: EventLog<DraftEvent>;
  readonly metrics: LedgerMetrics;
  readonly logger: Logger;
  readonly clock?: () => Date;
}

export interface LedgerEngine extends Ledger {
  /** Subscribes to the log and resolves once the projections have caught up with its end. */
  start(): Promise<void>;
  /** The position after the last applied record. */
  readonly appliedUntil: number;
  /** Whether an event with this id has been applied. */
  has(id: string): boolean;
  /** The applied event with this id. */
  find(id: string): StoredEvent | undefined;
  /** Called synchronously for every applied event, in log order, from position 0 on. */
  onApplied(observer: (entry: StoredEvent) => void): void;
}

/** A write waiting for the single writer. */
interface PendingAppend {
  readonly events: readonly ProposedEvent[];
  readonly principal: string;
  resolve(outcome: AppendOutcome): void;
  reject(error: unknown): void;
}

/**
 * What a decision about this event reads from the decider state: its actor's
 * stream, its own id, the measure it names and the event it corrects. Two
 * events with no key in common cannot change each other's decision.
 */
function decisionKeys(event: ProposedEvent): string[] {
  const data = event.data as Record<string, unknown>;
  const target = data.target as Record<string, unknown> | undefined;
  const keys = [`subject:${event.subject}`, `event:${event.id}`];
  for (const measureId of [data.measureId, target?.measureId]) {
    if (typeof measureId === 'string') keys.push(`measure:${measureId}`);
  }
  for (const eventId of [data.correctedEventId, data.retractedEventId]) {
    if (typeof eventId === 'string') keys.push(`event:${eventId}`);
  }
  return keys;
}

/** One log append carries at most this many events (the batch route's limit). */
const MAX_GROUP_EVENTS = 500;

export function toLedgerEvent(record: LogRecord<DraftEvent>): LedgerEvent {
  return { ...record.event, recordedAt: record.recordedAt } as LedgerEvent;
}

/**
 * The application service: one writer queue in front of the log, and the
 * projections fed by the log's subscription (never by the writer directly),
 * so what is served is exactly what a replay of the log gives.
 */
export function createLedgerEngine(deps: LedgerEngineDeps): LedgerEngine {
  const { log, metrics, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const observers: Array<(entry: StoredEvent) => void> = [];
  const queue = createSerialQueue();
  const stored: StoredEvent[] = [];
  const byId = new Map<string, StoredEvent>();
  let decider: DeciderState = initialState();
  let appliedUntil = 0;
  let draining = false;
  let subscription: Subscription | undefined;
  let subscriptionFailure: unknown;
  let positionWaiters: Array<{ position: number; resolve: () => void }> = [];
  let pending: PendingAppend[] = [];
  let groupScheduled = false;

  function apply(record: LogRecord<DraftEvent>): void {
    const event = toLedgerEvent(record);
    decider = evolve(decider, event);
    const entry = { position: record.position, event };
    stored.push(entry);
    byId.set(event.id, entry);
    appliedUntil = record.position + 1;
    metrics.projectionDelay.observe(
      Math.max(0, clock().getTime() - Date.parse(event.recordedAt)) / 1000,
    );
    for (const observer of observers) observer(entry);
    const ready = positionWaiters.filter((waiter) => waiter.position <= appliedUntil);
    if (ready.length > 0) {
      positionWaiters = positionWaiters.filter((waiter) => waiter.position > appliedUntil);
      for (const waiter of ready) waiter.resolve();
    }
  }

  function applied(position: number): Promise<void> {
    if (position <= appliedUntil) return Promise.resolve();
    if (subscriptionFailure !== undefined) {
      return Promise.reject(new ServiceUnavailable('The projections stopped following the log.'));
    }
    return new Promise((resolve) => positionWaiters.push({ position, resolve }));
  }

  async function caughtUp(): Promise<void> {
    await applied(await log.head());
  }

  function parseAll(inputs: readonly unknown[]): ProposedEvent[] {
    const issues: FieldIssue[] = [];
    const events: ProposedEvent[] = [];
    inputs.forEach((input, position) => {
      const result = parseProposedEvent(input);
      if (result.ok) events.push(result.value);
      else {
        const prefix = inputs.length > 1 ? `[${position}]` : '';
        for (const issue of result.issues) {
          const path = prefix && issue.path ? `${prefix}.${issue.path}` : prefix || issue.path;
          issues.push({ path: path || '(event)', message: issue.message });
        }
      }
    });
    const ids = new Set<string>();
    events.forEach((event, position) => {
      if (ids.has(event.id))
        issues.push({
          path: `[${position}].id`,
          message: `id ${event.id} repeats within the batch`,
        });
      ids.add(event.id);
    });
    if (issues.length > 0) throw new InvalidEvents(issues);
    return events;
  }

  /** All ids known: the original result, if the caller repeats exactly what it sent. */
  function replayOf(events: readonly ProposedEvent[]): StoredEvent[] | undefined {
    const known = events.map((event) => byId.get(event.id));
    const knownIds = events
      .filter((_, position) => known[position] !== undefined)
      .map((event) => event.id);
    if (knownIds.length === 0) return undefined;
    if (knownIds.length < events.length) {
      throw new IdempotencyConflict(
        'The batch mixes events already recorded with new ones; resend the original batch exactly, or only new events.',
        knownIds,
      );
    }
    const originals = known as StoredEvent[];
    const changed = events.filter(
      (event, position) => !sameSubmission(event, originals[position]!.event),
    );
    if (changed.length > 0) {
      throw new IdempotencyConflict(
        `Event id ${changed[0]!.id} was already used for a different fact.`,
        changed.map((event) => event.id),
      );
    }
    return originals;
  }

  /**
   * Decides one request's events, each against the state its predecessors in
   * the request leave. Never mutates `state` (evolve works in place): a
   * multi-event request works on a copy.
   */
  function decideRequest(
    events: readonly ProposedEvent[],
    principal: string,
    now: string,
    state: DeciderState,
  ): DraftEvent[] {
    let working = events.length > 1 ? structuredClone(state) : state;
    const drafts: DraftEvent[] = [];
    events.forEach((event, position) => {
      const decision = decide(commandFor(event, { now, principal }), working);
      if (!decision.ok) {
        throw new DomainRuleViolated(decision.error, events.length > 1 ? position : undefined);
      }
      for (const accepted of decision.events) {
        if (events.length > 1) working = evolve(working, accepted);
        const { recordedAt: _recordedAt, ...draft } = accepted;
        drafts.push(draft as DraftEvent);
      }
    });
    return drafts;
  }

  /**
   * Group commit: the requests waiting when the writer gets free are decided
   * together and the accepted ones go to the log as one append. A request
   * that touches what an earlier one in the group touches (same actor, event
   * id, measure id or correction target) waits for the next group, so every
   * decision still sees every event it could depend on, without copying the
   * whole decider state per group. Under concurrent writers
   * this turns N transactions (or fsyncs) into one, while a lone writer still
   * gets its own. Each request stays all-or-nothing; a refused request gets
   * its own error and does not hold up the others. A log failure fails the
   * whole group, like a batch: retrying the same ids is always safe.
   */
  async function appendGroup(group: readonly PendingAppend[]): Promise<void> {
    if (draining) {
      for (const request of group)
        request.reject(new ServiceUnavailable('The service is shutting down.'));
      return;
    }
    try {
      await caughtUp();
    } catch (error) {
      for (const request of group) request.reject(error);
      return;
    }
    const now = clock().toISOString();
    const touched = new Set<string>();
    const accepted: Array<{ request: PendingAppend; drafts: DraftEvent[] }> = [];
    const deferred: PendingAppend[] = [];
    for (const request of group) {
      const keys = request.events.flatMap(decisionKeys);
      // It may depend on what an earlier request of this group decides: it goes in the next group,
      // decided against the state that group leaves. Others cannot, so the live state is theirs.
      if (keys.some((key) => touched.has(key))) {
        deferred.push(request);
        continue;
      }
      for (const key of keys) touched.add(key);
      try {
        const originals = replayOf(request.events);
        if (originals) {
          metrics.appendedEvents.inc({ outcome: 'duplicate' }, originals.length);
          request.resolve({ stored: originals, replayed: true });
          continue;
        }
        accepted.push({
          request,
          drafts: decideRequest(request.events, request.principal, now, decider),
        });
      } catch (error) {
        request.reject(error);
      }
    }
    if (deferred.length > 0) {
      pending = [...deferred, ...pending];
      scheduleGroup();
    }
    if (accepted.length === 0) return;

    const drafts = accepted.flatMap((entry) => entry.drafts);
    const expectedVersions: Record<string, number> = {};
    for (const draft of drafts)
      expectedVersions[draft.subject] ??= decider.versions.get(draft.subject) ?? 0;
    try {
      const stopAppend = metrics.logAppendDuration.startTimer();
      const result = await log.append(drafts, { expectedVersions });
      stopAppend();
      const last = result.records.at(-1);
      if (last) {
        const stopWait = metrics.applyWait.startTimer();
        await applied(last.position + 1);
        stopWait();
      }
      metrics.appendGroupSize.observe(accepted.length);
      let offset = 0;
      for (const { request, drafts: own } of accepted) {
        const records = result.records.slice(offset, offset + own.length);
        offset += own.length;
        metrics.appendedEvents.inc(
          { outcome: result.duplicate ? 'duplicate' : 'appended' },
          records.length,
        );
        request.resolve({
          stored: records.map(
            (record) =>
              byId.get(record.event.id) ?? {
                position: record.position,
                event: toLedgerEvent(record),
              },
          ),
          replayed: result.duplicate,
        });
      }
    } catch (error) {
      for (const { request } of accepted) request.reject(error);
    }
  }

  /** One group run queued at a time; it takes every request waiting when it starts. */
  function scheduleGroup(): void {
    if (groupScheduled) return;
    groupScheduled = true;
    void queue.run(async () => {
      groupScheduled = false;
      const group: PendingAppend[] = [];
      let events = 0;
      while (pending.length > 0) {
        const next = pending[0]!;
        if (group.length > 0 && events + next.events.length > MAX_GROUP_EVENTS) break;
        group.push(pending.shift()!);
        events += next.events.length;
      }
      if (pending.length > 0) scheduleGroup();
      await appendGroup(group);
    });
  }

  return {
    onApplied(observer) {
      if (subscription) throw new Error('observers must be attached before start()');
      observers.push(observer);
    },
    get appliedUntil() {
      return appliedUntil;
    },
    has: (id) => byId.has(id),
    find: (id) => byId.get(id),

    async start() {
      subscription = log.subscribe(0, apply, {
        onError(error) {
          subscriptionFailure = error;
          logger.error({ err: error }, 'the projections stopped following the log');
          for (const waiter of positionWaiters) waiter.resolve();
          positionWaiters = [];
        },
      });
      await caughtUp();
      logger.info({ events: stored.length, appliedUntil }, 'caught up with the log');
    },

    append(inputs, principal) {
      const stop = metrics.appendDuration.startTimer();
      return new Promise<AppendOutcome>((resolve, reject) => {
        if (draining) throw new ServiceUnavailable('The service is shutting down.');
        pending.push({ events: parseAll(inputs), principal, resolve, reject });
        scheduleGroup();
      }).then(
        (outcome) => {
          stop();
          return outcome;
        },
        (error: unknown) => {
          stop();
          metrics.appendedEvents.inc({ outcome: 'rejected' }, inputs.length);
          throw error;
        },
      );
    },

    events(filter: EventFilter): EventPage {
      const page: StoredEvent[] = [];
      let nextCursor: number | undefined;
      for (const entry of stored) {
        if (filter.after !== undefined && entry.position <= filter.after) continue;
        const { event } = entry;
        if (filter.actor && event.subject !== filter.actor) continue;
        if (filter.type && event.type !== filter.type) continue;
        if (filter.knownAt && event.recordedAt > filter.knownAt) continue;
        if (filter.effectiveFrom && event.effectiveAt < filter.effectiveFrom) continue;
        if (
          filter.effectiveTo &&
          event.effectiveAt.slice(0, filter.effectiveTo.length) > filter.effectiveTo
        )
          continue;
        if (page.length === filter.limit) {
          nextCursor = page.at(-1)!.position;
          break;
        }
        page.push(entry);
      }
      return nextCursor === undefined ? { events: page } : { events: page, nextCursor };
    },

    async readiness(): Promise<ReadinessCheck[]> {
      // head() alone answers from memory on Kafka, so ask the log whether its
      // storage answers and would take an append now.
      let head: number;
      try {
        const status = await withTimeout(log.status(), 3000);
        if (!status.reachable || !status.writable) {
          const reason = status.reachable ? 'not accepting appends' : 'unreachable';
          return [{ name: 'log', ok: false, detail: status.detail ?? reason }];
        }
        head = await withTimeout(log.head(), 2000);
      } catch (error) {
        return [{ name: 'log', ok: false, detail: (error as Error).message }];
      }
      const lag = Math.max(0, head - appliedUntil);
      metrics.projectionLag.set(lag);
      metrics.consumerLag.set(lag);
      return [
        { name: 'log', ok: true },
        subscriptionFailure === undefined
          ? {
              name: 'projections',
              ok: lag === 0,
              detail: lag === 0 ? undefined : `${lag} positions behind`,
            }
          : { name: 'projections', ok: false, detail: 'stopped following the log' },
      ];
    },

    async drain() {
      draining = true;
      await queue.idle();
    },

    async close() {
      draining = true;
      await queue.idle();
      await subscription?.close();
      await log.close();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
