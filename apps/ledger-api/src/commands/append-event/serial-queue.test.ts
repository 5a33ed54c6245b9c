import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue.js';

describe('createSerialQueue', () => {
  it('runs jobs one at a time in arrival order, even when earlier jobs are slower', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let running = 0;
    const job = (name: string, ticks: number) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      for (let tick = 0; tick < ticks; tick += 1) await Promise.resolve();
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all([
      queue.run(job('a', 5)),
      queue.run(job('b', 1)),
      queue.run(job('c', 3)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('keeps going after a failed job and reports idle only when all have settled', async () => {
    const queue = createSerialQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'after');
    expect(queue.pending).toBe(2);
    await expect(failed).rejects.toThrow('boom');
    await queue.idle();
    expect(queue.pending).toBe(0);
    await expect(next).resolves.toBe('after');
  });
});
