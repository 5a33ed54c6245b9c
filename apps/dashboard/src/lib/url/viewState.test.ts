import { describe, expect, it } from 'vitest';
import {
  defaultView,
  parseViewState,
  readViewState,
  serializeViewState,
  type ViewState,
} from './viewState.ts';

const defaults = { date: '2024-06-15', vendor: 'vendor:huawei' };

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaultView(defaults), defaults)).toBe('');
  });

  it('writes only the values that differ from the defaults, in a fixed order', () => {
    const view: ViewState = {
      ...defaultView(defaults),
      weight: 'subscribers',
      date: '2020-11-10',
      tab: 'exposure',
    };
    expect(serializeViewState(view, defaults)).toBe(
      '?date=2020-11-10&tab=exposure&weight=subscribers',
    );
  });
});

describe('parseViewState', () => {
  it('round-trips every field', () => {
    const view: ViewState = {
      date: '2021-06-30',
      compare: '2020-11-10',
      knownAt: '2022-01-01T00:00:00Z',
      tab: 'actor',
      actor: 'operator:telefonica',
      vendor: 'vendor:zte',
      weight: 'subscribers',
    };
    expect(parseViewState(serializeViewState(view, defaults), defaults)).toEqual(view);
  });

  it('falls back to the default for each value that does not parse', () => {
    const parsed = parseViewState(
      '?date=2021-02-30&compare=soon&knownAt=never&tab=secret&actor=brazil&vendor=huawei&weight=area',
      defaults,
    );
    expect(parsed).toEqual(defaultView(defaults));
  });

  it('keeps the valid values beside invalid ones', () => {
    const parsed = parseViewState('?date=2020-11-10&tab=nope&actor=BR', defaults);
    expect(parsed).toMatchObject({ date: '2020-11-10', tab: 'overview', actor: 'BR' });
  });
});

describe('readViewState', () => {
  const range = { min: '2018-01-01', max: defaults.date };

  it('given a date that does not exist, then it falls back to today and says why', () => {
    const { view, rejected } = readViewState('?date=2020-02-30&tab=exposure', defaults, range);
    expect(view.date).toBe(defaults.date);
    expect(view.tab).toBe('exposure');
    expect(rejected).toEqual([{ name: 'date', given: '2020-02-30', reason: 'is not a date' }]);
  });

  it('given dates outside the ledger range, then each is rejected with its reason', () => {
    const { view, rejected } = readViewState(
      '?date=2031-01-01&compare=1999-05-01',
      defaults,
      range,
    );
    expect(view.date).toBe(defaults.date);
    expect(view.compare).toBeNull();
    expect(rejected.map((entry) => `${entry.name} ${entry.reason}`)).toEqual([
      'date is after 2024-06-15, today',
      'compare is before 2018-01-01, where the ledger starts',
    ]);
  });

  it('given a valid address, then nothing is rejected', () => {
    expect(readViewState('?date=2020-11-10&weight=markets', defaults, range).rejected).toEqual([]);
  });
});
