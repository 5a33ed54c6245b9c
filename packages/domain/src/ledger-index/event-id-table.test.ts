import { describe, expect, it } from 'vitest';
import { EventIdTable } from './event-id-table.js';

describe('event id table', () => {
  it('finds every id it was given, through growth, and nothing else', () => {
    const table = new EventIdTable<number>();
    const ids = Array.from({ length: 20_000 }, (_, index) =>
      index % 3 === 0 ? `ev-${index}` : index % 3 === 1 ? `${index}` : `é-${index}-ü`,
    );
    ids.forEach((id, index) => expect(table.add(id, index)).toBe(true));
    ids.forEach((id, index) => expect(table.get(id)).toBe(index));
    // Equal text, another string object: found by content.
    expect(table.get(['ev', '300'].join('-'))).toBe(300);
    expect(table.get('ev-1')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('keeps the first value of an id added twice', () => {
    const table = new EventIdTable<string>();
    expect(table.add('a', 'first')).toBe(true);
    expect(table.add('a', 'second')).toBe(false);
    expect(table.get('a')).toBe('first');
  });
});
