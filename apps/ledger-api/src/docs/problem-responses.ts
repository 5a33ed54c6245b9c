import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type MediaTypeObject } from '@nestjs/swagger';
import {
  PROBLEM_CONTENT_TYPE,
  problemTypes,
  type ProblemStatus,
} from '../http/problem-details/problem.js';
import { schemaRef } from './api-schemas.js';

/** Marks where the document puts an example problem, its `type` absolute against the server. */
export const PROBLEM_EXAMPLE_MARKER = 'x-cleannet-problem';

/** Documents the problem responses a route can give, as application/problem+json. */
export function problemResponses(...statuses: ProblemStatus[]) {
  return applyDecorators(
    ...statuses.map((status) => {
      // The marker becomes an example when the document is served for a base URL (openapi.ts).
      const media: MediaTypeObject = { schema: schemaRef('Problem') };
      Object.assign(media, { [PROBLEM_EXAMPLE_MARKER]: status });
      return ApiResponse({
        status,
        description: problemTypes[status].title,
        content: { [PROBLEM_CONTENT_TYPE]: media },
      });
    }),
  );
}
