/** kafkajs wraps broker errors in retry and aggregate errors; the cause we branch on may be deep inside. */
export function kafkaErrorTypes(error: unknown): Set<string> {
  const types = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 8) return;
    const candidate = value as {
      type?: unknown;
      name?: unknown;
      cause?: unknown;
      originalError?: unknown;
      errors?: unknown;
    };
    if (typeof candidate.type === 'string') types.add(candidate.type);
    if (typeof candidate.name === 'string') types.add(candidate.name);
    visit(candidate.cause, depth + 1);
    visit(candidate.originalError, depth + 1);
    if (Array.isArray(candidate.errors))
      for (const inner of candidate.errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return types;
}

/** The broker says a newer producer with our transactional id exists. */
export function isFencingError(error: unknown): boolean {
  const types = kafkaErrorTypes(error);
  return types.has('INVALID_PRODUCER_EPOCH') || types.has('PRODUCER_FENCED');
}
