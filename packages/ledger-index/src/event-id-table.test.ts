import { describe, expect, it } from 'vitest';
import { EventIdTable } from './event-id-table.js';

describe('event id table', () => {
  it('finds every id it was given, through growth, and nothing else', () => {
    const ids = Array.from({ length: 20_000 }, (_, index) =>
      index % 3 === 0 ? `ev-${index}` : index % 3 === 1 ? `${index}` : `é-${index}-ü`,
    );
    const table = new EventIdTable<number>((index) => ids[index] as string);
    ids.forEach((_, index) => expect(table.add(index)).toBe(true));
    ids.forEach((id, index) => expect(table.get(id)).toBe(index));
    // Equal text, another string object: found by content.
    expect(table.get(['ev', '300'].join('-'))).toBe(300);
    expect(table.get('ev-1')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('keeps the first value of an id added twice', () => {
    const table = new EventIdTable<{ id: string; value: string }>((entry) => entry.id);
    const first = { id: 'a', value: 'first' };
    expect(table.add(first)).toBe(true);
    expect(table.add({ id: 'a', value: 'second' })).toBe(false);
    expect(table.get('a')).toBe(first);
  });
});
