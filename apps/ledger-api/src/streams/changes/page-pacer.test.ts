import { describe, expect, it } from 'vitest';
import { createPagePacer } from './page-pacer.js';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the page pacer', () => {
  it('writes at most its budget per turn, taking the waiting streams in turn', async () => {
    // Given a budget of two pages per turn and five streams with a page each
    const pacer = createPagePacer(2_000);
    const written: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      pacer.request(() => {
        written.push(name);
        return 1_000;
      });
    }

    // Then each turn writes two, in the order they asked
    await turn();
    expect(written).toEqual(['a', 'b']);
    await turn();
    expect(written).toEqual(['a', 'b', 'c', 'd']);
    await turn();
    expect(written).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lets a page larger than the budget through, alone', async () => {
    const pacer = createPagePacer(100);
    const written: number[] = [];
    pacer.request(() => (written.push(1), 5_000));
    pacer.request(() => (written.push(2), 5_000));
    await turn();
    expect(written).toEqual([1]);
    await turn();
    expect(written).toEqual([1, 2]);
  });
});
