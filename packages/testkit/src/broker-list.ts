/**
 * Reads a `KAFKA_BROKERS`-style list ("host:port,host:port") into addresses,
 * ignoring blanks so that an empty or whitespace-only value means "none".
 */
export function parseBrokerList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const brokers = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  for (const broker of brokers) {
    if (!/^[^\s:]+:\d{1,5}$/.test(broker) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(broker)) {
      throw new Error(`KAFKA_BROKERS entry "${broker}" is not host:port`);
    }
  }
  return brokers;
}

/** Splits "host:port" (or "[v6]:port") into its parts. */
export function splitAddress(address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(':');
  const host = address.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`"${address}" is not host:port`);
  }
  return { host, port };
}
