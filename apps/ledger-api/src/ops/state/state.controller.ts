import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer } from '../../docs/answer-responses.js';
import { READ_MODEL, type ReadModel } from '../../ledger/read-model.js';
import { STATE_HASH_AS_OF, projectionStateHash } from '../../ledger/state-hash.js';

@ApiTags('operations')
@Controller('ops/state')
export class StateController {
  private cached: { events: number; hash: string } | undefined;

  constructor(@Inject(READ_MODEL) private readonly model: ReadModel) {}

  @Get()
  @ApiOperation({
    summary:
      'How far the projections got and a digest of their state: equal to a fresh replay of the same log.',
  })
  @ApiAnswer({
    schema: 'ProjectionState',
    description: 'Events applied, changes derived, the digest',
  })
  state() {
    const { index, changes } = this.model;
    // The state changes only when an event is applied.
    if (this.cached?.events !== index.size) {
      const hash = projectionStateHash(
        index,
        changes.since(0).map((entry) => entry.change),
      );
      this.cached = { events: index.size, hash };
    }
    return {
      events: index.size,
      changes: changes.length,
      lastChangeId: changes.lastId ?? null,
      stateHashAsOf: STATE_HASH_AS_OF,
      stateHash: this.cached.hash,
    };
  }
}
