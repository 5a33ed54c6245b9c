import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

/** Documents the query parameters every read shares. */
export function ApiBitemporal() {
  return applyDecorators(
    ApiQuery({
      name: 'asOf',
      required: false,
      description: 'Valid time, YYYY-MM-DD (default today)',
    }),
    ApiQuery({
      name: 'knownAt',
      required: false,
      description: 'Transaction time: ISO 8601 instant or day (default now)',
    }),
    ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] }),
  );
}
