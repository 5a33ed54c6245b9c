/** One SSE message. `data` is a single JSON line, so it needs no multi-line splitting. */
export function sseMessage(id: string, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream and lets clients detect a dead one. */
export function sseHeartbeat(): string {
  return `: heartbeat ${new Date().toISOString()}\n\n`;
}
