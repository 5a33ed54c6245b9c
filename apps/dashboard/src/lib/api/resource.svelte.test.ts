import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import { createResource, type Resource } from './resource.svelte.ts';

interface Query {
  date: string;
}

/** A load the test answers by hand, one request at a time. */
function manualLoad() {
  const requests: {
    query: Query;
    resolve: (value: string) => void;
    reject: (error: Error) => void;
  }[] = [];
  const load = (query: Query) =>
    new Promise<string>((resolve, reject) => requests.push({ query, resolve, reject }));
  return { requests, load };
}

function setup(load: (query: Query) => Promise<string>) {
  let state = $state({ date: '2020-01-01', tab: 'overview' });
  let revision = $state(0);
  let resource: Resource<Query, string> | undefined;
  const cleanup = $effect.root(() => {
    resource = createResource(
      () => ({ date: state.date }),
      (query) => load(query),
      () => revision,
    );
  });
  flushSync();
  return {
    get resource() {
      return resource!;
    },
    set: (patch: Partial<typeof state>) => {
      state = { ...state, ...patch };
      flushSync();
    },
    refresh: () => {
      revision += 1;
      flushSync();
    },
    cleanup,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

it('loads again only when the query changes by value', async () => {
  const server = manualLoad();
  const view = setup(server.load);
  server.requests[0]?.resolve('answer for 2020-01-01');
  await tick();
  expect(view.resource.value).toBe('answer for 2020-01-01');
  view.set({ tab: 'exposure' });
  expect(server.requests).toHaveLength(1);
  view.cleanup();
});

it('given a new date, then the old answer is not the value, only the latest, labelled with its date', async () => {
  const server = manualLoad();
  const view = setup(server.load);
  server.requests[0]?.resolve('answer for 2020-01-01');
  await tick();
  view.set({ date: '2020-11-10' });
  expect(view.resource.value).toBeUndefined();
  expect(view.resource.loading).toBe(true);
  expect(view.resource.latest).toEqual({
    query: { date: '2020-01-01' },
    value: 'answer for 2020-01-01',
  });
  server.requests[1]?.resolve('answer for 2020-11-10');
  await tick();
  expect(view.resource.value).toBe('answer for 2020-11-10');
  view.cleanup();
});

it('given the request for a new date fails, then the error is shown and no answer is the value', async () => {
  const server = manualLoad();
  const view = setup(server.load);
  server.requests[0]?.resolve('answer for 2020-01-01');
  await tick();
  view.set({ date: '2020-11-10' });
  server.requests[1]?.reject(new Error('Failed to fetch'));
  await tick();
  expect(view.resource.value).toBeUndefined();
  expect(view.resource.error?.message).toBe('Failed to fetch');
  expect(view.resource.loading).toBe(false);
  view.resource.retry();
  flushSync();
  expect(server.requests[2]?.query).toEqual({ date: '2020-11-10' });
  server.requests[2]?.resolve('answer for 2020-11-10');
  await tick();
  expect(view.resource.error).toBeNull();
  expect(view.resource.value).toBe('answer for 2020-11-10');
  view.cleanup();
});

it('given a refresh of the same query, then its answer stays the value until the new one arrives', async () => {
  const server = manualLoad();
  const view = setup(server.load);
  server.requests[0]?.resolve('first');
  await tick();
  view.refresh();
  expect(server.requests).toHaveLength(2);
  expect(view.resource.value).toBe('first');
  server.requests[1]?.resolve('second');
  await tick();
  expect(view.resource.value).toBe('second');
  view.cleanup();
});
