import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import { createResource } from './resource.svelte.ts';

it('loads again only when the key changes by value, and keeps the last answer meanwhile', async () => {
  const loads: string[] = [];
  let state = $state({ date: '2020-01-01', tab: 'overview' });
  let resource: { value: string | undefined } | undefined;
  const cleanup = $effect.root(() => {
    resource = createResource(
      () => ({ date: state.date }),
      async (key) => {
        loads.push(key.date);
        return `answer for ${key.date}`;
      },
    );
  });
  flushSync();
  await Promise.resolve();
  expect(resource?.value).toBe('answer for 2020-01-01');
  state = { ...state, tab: 'exposure' };
  flushSync();
  state = { ...state, date: '2020-02-01' };
  flushSync();
  expect(resource?.value).toBe('answer for 2020-01-01');
  await Promise.resolve();
  expect(resource?.value).toBe('answer for 2020-02-01');
  expect(loads).toEqual(['2020-01-01', '2020-02-01']);
  cleanup();
});
