import { curatedHistory, referenceData } from '@cleannet/dataset';
import { indexReference, nameOf, toLedgerEvent, type CommitmentChange } from '@cleannet/domain';
import { createLedgerIndex } from '@cleannet/ledger-index';
import { envelopeOf } from '../commands/append-event/envelope-response.js';
import { DATASET_PRINCIPAL } from '../ledger/import-dataset.js';
import type { StoredEvent } from '../ledger/ledger.port.js';
import { toCloudEvent } from '../publishing/commitment-change-event.js';
import { serialiseAnswer } from '../queries/answer-cache/serialise-answer.js';
import { computeAnswer, type AnswerSource } from '../queries/read-engine/compute-answer.js';
import type { ReadRequest } from '../queries/read-engine/read-request.js';
import { createTrendPointCache } from '../queries/read-engine/trend-points.js';
import { createChangeFeed, type FeedEntry } from '../streams/changes/change-feed.js';
import { commitmentChangeIdentity } from '../streams/changes/change-id.js';
import { sseMessage } from '../streams/changes/sse-format.js';

/** Lists in examples keep this many entries: enough to show the shape, short enough to read. */
export const EXAMPLE_LIST_LENGTH = 3;

/** When the example log was recorded: one millisecond apart, like a batch import. */
const EXAMPLE_RECORDED_AT = Date.parse('2025-01-02T09:00:00.000Z');

interface ReadExample {
  readonly json: unknown;
  /** The answer's main table as CSV, when the route has one. */
  readonly csv?: string;
}

export type DocumentExamples = ReturnType<typeof buildExamples>;
export type ExampleKey = keyof DocumentExamples;

/** Every array cut to its first entries (the figures beside them still count the whole list). */
function abridge(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, EXAMPLE_LIST_LENGTH).map(abridge);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, abridge(item)]));
  }
  return value;
}

/** As JSON carries it: no undefined members. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let examples: DocumentExamples | undefined;

/**
 * Examples for the API documents, computed from the curated history with
 * the code the service answers with: the index, the read answers, the
 * envelope, the CloudEvent and the SSE framing. Built on first use.
 */
export function documentExamples(): DocumentExamples {
  return (examples ??= buildExamples());
}

function buildExamples() {
  const index = createLedgerIndex(referenceData);
  const trendPoints = createTrendPointCache(index);
  const names = indexReference(referenceData);
  const stored: StoredEvent[] = curatedHistory.map((event, position) => ({
    position,
    event: toLedgerEvent(
      event,
      new Date(EXAMPLE_RECORDED_AT + position).toISOString(),
      DATASET_PRINCIPAL,
    ),
  }));
  // The change ids come from a feed built as the service builds its own, so they are real ids.
  const feed = createChangeFeed(commitmentChangeIdentity);
  const changes: { entry: FeedEntry<CommitmentChange>; recordedAt: string }[] = [];
  for (const { position, event } of stored) {
    index.apply(event);
    trendPoints.observe(event);
    for (const entry of feed.append(position, index.effectOf(event).changes))
      changes.push({ entry, recordedAt: event.recordedAt });
  }
  const source: AnswerSource = {
    index,
    trendPoints,
    nameOf: (actorId) => nameOf(names, actorId),
  };
  const read = (request: ReadRequest): ReadExample => {
    const computed = computeAnswer(source, request);
    const json = plain(abridge(computed.body));
    if (computed.table === undefined) return { json };
    const table = computed.table.slice(0, EXAMPLE_LIST_LENGTH);
    return { json, csv: serialiseAnswer({ ...computed, table }, true).body.toString('utf8') };
  };
  const byId = (id: string) => {
    const found = stored.find((entry) => entry.event.id === id);
    if (found === undefined) throw new Error(`the curated history has no event ${id}`);
    return found;
  };
  const firstOfKind = (type: string) => curatedHistory.find((event) => event.type === type)!;
  const proposed = Object.fromEntries(
    ['PledgeMade', 'VendorsExcluded', 'BanEnacted', 'CommitmentReversed'].map((type) => [
      type,
      firstOfKind(type),
    ]),
  );
  // Brazil: the pledge of November 2020 and its reversal in 2021.
  const brazil = [byId('pledge-br-2020-11-10'), byId('reversal-br-2021')];
  const regression = changes.findIndex(({ entry }) => entry.change.regression);
  const asOf = '2021-01-31';
  const membership = read({ route: 'membership', query: { asOf }, csv: false });
  const exposure = read({
    route: 'exposure',
    query: { asOf: '2024-12-31' },
    vendor: 'vendor:huawei',
    csv: false,
  });
  const regressions = read({ route: 'regressions', query: { asOf: '2024-12-31' }, csv: false });
  const actors = read({ route: 'actors', query: { asOf }, csv: false });
  const timeline = read({
    route: 'timeline',
    actorId: 'BR',
    query: { asOf: '2024-12-31' },
    csv: false,
  });
  const trends = read({
    route: 'trends',
    from: '2020-01-01',
    to: '2022-12-31',
    interval: 'year',
    csv: false,
  });
  const page = stored.slice(0, 2).map(envelopeOf);
  const change = changes[regression]!;
  return {
    membership: membership.json,
    'membership.csv': membership.csv!,
    exposure: exposure.json,
    'exposure.csv': exposure.csv!,
    regressions: regressions.json,
    'regressions.csv': regressions.csv!,
    actors: actors.json,
    'actors.csv': actors.csv!,
    timeline: timeline.json,
    trends: trends.json,
    'trends.csv': trends.csv!,
    eventsPage: plain({ events: page, nextCursor: 1 }),
    'eventsPage.csv': serialiseAnswer({ body: null, table: page }, true).body.toString('utf8'),
    /** Proposed events by kind, as a caller sends them. */
    proposed: plain(proposed),
    stored: plain(envelopeOf(brazil[0]!)),
    batchRequest: plain({ events: brazil.map(({ position }) => curatedHistory[position]) }),
    batchResponse: plain({ events: brazil.map(envelopeOf) }),
    /** A stored event as on the ledger topic. */
    ledgerEvent: plain(brazil[1]!.event),
    change: plain(change.entry.change),
    cloudEvent: plain(toCloudEvent(change.entry, change.recordedAt)),
    /** Its offset on the one-partition changes topic: every change is published once, in feed order. */
    cloudEventOffset: String(regression),
    sse: 'retry: 2000\n\n' + sseMessage(change.entry.id, 'commitment-change', change.entry.change),
  };
}
