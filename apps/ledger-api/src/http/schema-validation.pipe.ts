import { StandardSchemaValidationPipe } from '@nestjs/common';
import { schemaIssuesToProblem } from './problem-details/schema-issues.js';

/**
 * Nest's schema pipe, except that it does not delete `__proto__`,
 * `constructor` and `prototype` before validating. Deleting them made
 * `?constructor=1` the only unknown query parameters that were silently
 * ignored; left in, the strict query schemas refuse them with the same 400
 * as any other unknown parameter. Bodies never get this far with such keys:
 * the JSON parser refuses them (forbidden-keys.ts).
 */
export class SchemaValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({ exceptionFactory: schemaIssuesToProblem });
  }

  protected override stripProtoKeys(): void {}
}
