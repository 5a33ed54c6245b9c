import type { Producer } from 'kafkajs';
import {
  toCommitmentChangeEvent,
  type CommitmentChangeData,
  type CommitmentChangeEvent,
} from '../events/commitment-change-event.js';

/** A commitment change as the domain derives it; a reversal is a regression. */
export function change(
  actorId: string,
  kind: 'join' | 'reversal',
  n: number,
): CommitmentChangeData {
  const reversal = kind === 'reversal';
  return {
    actorId,
    effectiveOn: `2021-01-${String((n % 28) + 1).padStart(2, '0')}`,
    effectivePrecision: 'day',
    causeEventId: `${kind}-${actorId}-${n}`,
    causeType: reversal ? 'CommitmentReversed' : 'PledgeMade',
    source: { document: 'client-test-source.txt', confidence: 'high' },
    dimension: 'commitment',
    before: reversal ? 'member' : 'none',
    after: reversal ? 'reversed' : 'member',
    regression: reversal,
  };
}

/** Publishes CloudEvents as the service does: JSON, keyed by actor. */
export async function publishChanges(
  producer: Producer,
  topic: string,
  events: readonly CommitmentChangeEvent[],
): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: events.map((event) => ({
      key: event.subject,
      value: JSON.stringify(event),
      headers: { 'content-type': 'application/cloudevents+json' },
    })),
  });
}

/** Changes numbered from `first`: actors take turns, every third change a regression. */
export function changeEvents(first: number, count: number, actors = ['BR', 'PL', 'SE']) {
  return Array.from({ length: count }, (_, index) => {
    const sequence = first + index;
    const actor = actors[sequence % actors.length]!;
    const kind = sequence % 3 === 0 ? 'reversal' : 'join';
    return toCommitmentChangeEvent(
      String(sequence),
      change(actor, kind, sequence),
      new Date().toISOString(),
    );
  });
}
