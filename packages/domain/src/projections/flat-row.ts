type Row = Record<string, unknown>;

/**
 * How a projection's row reads as flat columns (CSV exports): nested objects
 * become dotted columns, lists of plain values are joined with "; ", other
 * lists stay JSON. The service's CSV answers and the CLI's exports both use
 * it, so the same row has the same columns wherever it is exported.
 */
export function flattenRow(
  value: Row,
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const [key, field] of Object.entries(value)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (field === null || field === undefined) into[column] = '';
    else if (Array.isArray(field)) {
      into[column] = field.every((item) => typeof item !== 'object' || item === null)
        ? field.join('; ')
        : JSON.stringify(field);
    } else if (typeof field === 'object') flattenRow(field as Row, column, into);
    else into[column] = String(field);
  }
  return into;
}
