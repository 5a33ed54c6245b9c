import { expect, it } from 'vitest';
import { answerOnScreen, type ResourceView } from './onScreen.ts';

interface Query {
  asOf: string;
  knownAt: string | null;
}

const previous = { query: { asOf: '2021-06-30', knownAt: null }, value: '49 members' };

function resource(patch: Partial<ResourceView<Query, string>>): ResourceView<Query, string> {
  return {
    query: { asOf: '2020-11-10', knownAt: null },
    value: undefined,
    latest: previous,
    error: null,
    loading: false,
    ...patch,
  };
}

it('given the answer to the current query, then it is shown with that query', () => {
  expect(answerOnScreen(resource({ value: '12 members' }))).toEqual({
    query: { asOf: '2020-11-10', knownAt: null },
    value: '12 members',
  });
});

it('given the next date is loading, then the previous date stays on screen, as that date', () => {
  expect(answerOnScreen(resource({ loading: true }))).toBe(previous);
});

it('given the request for the new date failed, then no figures are shown at all', () => {
  expect(answerOnScreen(resource({ error: new Error('Failed to fetch') }))).toBeUndefined();
});

it('given the previous answer was for another "known at", then nothing is shown while loading', () => {
  const query = { asOf: '2020-11-10', knownAt: '2021-01-01' };
  expect(answerOnScreen(resource({ query, loading: true }))).toBeUndefined();
});
