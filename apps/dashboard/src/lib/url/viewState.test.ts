import { describe, expect, it } from 'vitest';
import { defaultView, parseViewState, serializeViewState, type ViewState } from './viewState.ts';

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
