import { describe, expect, it } from 'vitest';
import { commandFor } from '../decider/commands.js';
import { given } from './given-when-then.js';
import { pledgeData, proposal, stamp } from './builders.js';

const pledge = proposal('PledgeMade', 'p', 'BR', '2020', pledgeData);
const metadata = { now: '2024-01-01T00:00:00.000Z', principal: 'me' };

describe('the given/when/then helper', () => {
  it('fails when the events differ', () => {
    expect(() => given().when(commandFor(pledge, metadata)).then([])).toThrow(/expected events/);
  });

  it('fails when a refusal has another code, or when nothing was refused', () => {
    const reversal = proposal('CommitmentReversed', 'r', 'BR', '2021', {
      target: { kind: 'pledge' },
      extent: 'full',
      vendorsReadmitted: [],
    });
    expect(() => given().when(commandFor(reversal, metadata)).thenFails('unknown-event')).toThrow(
      /expected unknown-event, got nothing-to-reverse/,
    );
    expect(() => given().when(commandFor(pledge, metadata)).thenFails('unknown-event')).toThrow(
      /got 1 event/,
    );
    expect(() =>
      given(stamp(pledge, metadata.now))
        .when(commandFor(pledge, metadata))
        .thenFails('unknown-event'),
    ).toThrow(/got 0 event/);
  });
});
