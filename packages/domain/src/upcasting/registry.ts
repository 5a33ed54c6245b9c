import type { ParseResult } from '../events/parse.js';

/** A raw stored event: JSON as it came out of the log. */
export type RawEvent = Record<string, unknown>;

/** Turns an event written at `from` into the shape of `from + 1`. */
export interface Upcaster {
  readonly from: number;
  readonly up: (event: RawEvent) => RawEvent;
}

/**
 * Version 1 is current, so the registry is empty. When version 2 arrives,
 * add `{ from: 1, up }` here, raise `CURRENT_SCHEMA_VERSION`, and freeze
 * samples of version 2 beside those of version 1.
 */
export const UPCASTERS: readonly Upcaster[] = [];

export type UpcastFunction = (input: unknown) => ParseResult<RawEvent>;

/** Builds the read path: each event climbs one version at a time to `current`. */
export function createUpcaster(upcasters: readonly Upcaster[], current: number): UpcastFunction {
  const byVersion = new Map<number, Upcaster>();
  for (const upcaster of upcasters) {
    if (byVersion.has(upcaster.from))
      throw new Error(`two upcasters from version ${upcaster.from}`);
    byVersion.set(upcaster.from, upcaster);
  }
  for (let version = 1; version < current; version += 1) {
    if (!byVersion.has(version))
      throw new Error(`no upcaster from version ${version} to ${version + 1}`);
  }
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, issues: [{ path: '', message: 'expected an event object' }] };
    }
    let event = input as RawEvent;
    const version = event.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return {
        ok: false,
        issues: [{ path: 'schemaVersion', message: 'expected a positive integer' }],
      };
    }
    if (version > current) {
      return {
        ok: false,
        issues: [
          {
            path: 'schemaVersion',
            message: `version ${version} is newer than this reader (${current})`,
          },
        ],
      };
    }
    for (let at = version; at < current; at += 1) {
      const upcaster = byVersion.get(at);
      if (upcaster === undefined) throw new Error(`no upcaster from version ${at}`);
      event = { ...upcaster.up(event), schemaVersion: at + 1 };
    }
    return { ok: true, value: event };
  };
}
