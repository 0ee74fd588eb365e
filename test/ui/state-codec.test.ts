// @vitest-environment jsdom
// The views' settings in the page address: named entries, defaults left out, and the old positional links.
import { beforeEach, describe, expect, it } from 'vitest';
import { hashCodec, numberWhere, oneOf, oneOfNumbers, orNone } from '../../src/ui/state/codec';
import { readHash, writeHash, writeHashEntries } from '../../src/ui/state/hash';
import { attributionHash, defaultAttributionSettings } from '../../src/ui/state/attribution.svelte';
import { experimentHash, defaultExperimentSettings } from '../../src/ui/state/experiment.svelte';
import { budgetHash, defaultBudgetSettings } from '../../src/ui/state/budget.svelte';
import { kpiHash, defaultKpiSettings } from '../../src/ui/state/kpi.svelte';

const params = (text: string) => new URLSearchParams(text);

beforeEach(() => history.replaceState(null, '', '/'));

describe('fields', () => {
  it.each([
    { name: 'oneOf', field: oneOf(['a', 'b']), good: [['a', 'a']], bad: ['c', '', 'A'] },
    { name: 'oneOfNumbers', field: oneOfNumbers([1, 2]), good: [['2', 2]], bad: ['3', '', '2.5', 'x'] },
    { name: 'numberWhere', field: numberWhere((n) => n > 0), good: [['0.5', 0.5], ['12', 12]], bad: ['0', '-1', '', ' ', 'x', 'Infinity'] },
    { name: 'orNone', field: orNone(numberWhere((n) => n > 0)), good: [['', null], ['3', 3]], bad: ['0', 'x'] },
  ])('$name() parses what it accepts and gives undefined otherwise', ({ field, good, bad }) => {
    for (const [text, value] of good) expect((field.parse as (t: string) => unknown)(text as string)).toBe(value);
    for (const text of bad) expect((field.parse as (t: string) => unknown)(text)).toBeUndefined();
  });
});

describe('hashCodec()', () => {
  interface S { word: 'x' | 'y'; n: number; off: number | null }
  const codec = hashCodec<S>('s', { word: oneOf(['x', 'y'] as const), n: numberWhere((n) => n > 0), off: orNone(numberWhere((n) => n > 0)) }, { word: 'x', n: 1, off: 5 }, ['word', 'n', 'off']);

  it('writes one named entry per setting, none at the default, and removes the old positional entry', () => {
    expect(codec.entries({ word: 'y', n: 1, off: null })).toEqual({ s: null, 's.word': 'y', 's.n': null, 's.off': '' });
    expect(codec.entries({ word: 'x', n: 1, off: 5 })).toEqual({ s: null, 's.word': null, 's.n': null, 's.off': null });
  });

  it('reads back what it wrote, "none" included', () => {
    for (const s of [{ word: 'y', n: 2.5, off: null }, { word: 'x', n: 1, off: 5 }, { word: 'x', n: 3, off: 7 }] as S[]) {
      const entries = Object.entries(codec.entries(s)).filter((e): e is [string, string] => e[1] !== null);
      expect(codec.read(params(new URLSearchParams(entries).toString()))).toEqual(s);
    }
  });

  it('keeps the default for a setting that is missing or invalid', () => {
    expect(codec.read(params('s.word=z&s.n=-1'))).toEqual({ word: 'x', n: 1, off: 5 });
  });

  it('reads the old positional entry, where an empty position kept the default', () => {
    expect(codec.read(params('s=y,,'))).toEqual({ word: 'y', n: 1, off: 5 });
    expect(codec.read(params('s=y,4,6'))).toEqual({ word: 'y', n: 4, off: 6 });
  });

  it('prefers a named entry to the old positional one', () => {
    expect(codec.read(params('s=y,4&s.n=9'))).toEqual({ word: 'y', n: 9, off: 5 });
  });
});

describe('the views\' codecs', () => {
  it('read the shared link of the workspace test (attr=campaign,3,,2,value,linear)', () => {
    expect(attributionHash.read(params('tab=attribution&attr=campaign%2C3%2C%2C2%2Cvalue%2Clinear'))).toEqual({
      level: 'campaign', halfLifeDays: 3, lookbackDays: null, markovOrder: 2, markovStates: 'mittari', metric: 'value', baseline: 'linear',
    });
  });

  it('read old links of every view as the positional code did', () => {
    expect(experimentHash.read(params('ab=0.1,bh,5000'))).toEqual({ alpha: 0.1, correction: 'bh', plannedPerArm: 5000, worthwhile: null });
    expect(experimentHash.read(params('ab=1,none,'))).toEqual(defaultExperimentSettings);
    expect(budgetHash.read(params('budget=linear,value,target_roas,50000,0,2,0.3'))).toEqual({
      model: 'linear', kpi: 'value', mode: 'target_roas', total: 50000, low: 0, high: 2, elasticity: 0.3,
    });
    expect(budgetHash.read(params('budget=nope,,,,,,1'))).toEqual(defaultBudgetSettings);
    expect(kpiHash.read(params('kpi=week,0.6,linear'))).toEqual({ period: 'week', margin: 0.6, model: 'linear' });
    expect(kpiHash.read(params('kpi=day,,'))).toEqual(defaultKpiSettings);
  });

  it('read back every setting they wrote', () => {
    const cases = [
      [attributionHash, { level: 'touch_type', halfLifeDays: 14, lookbackDays: 30, markovOrder: 3, markovStates: 'channelattribution', metric: 'share', baseline: 'markov' }],
      [experimentHash, { alpha: 0.01, correction: 'bh', plannedPerArm: 2000, worthwhile: 0.02 }],
      [budgetHash, { model: 'shapley', kpi: 'value', mode: 'target_mroi', total: 12345, low: 0.5, high: 1.5, elasticity: 0.7 }],
      [kpiHash, { period: 'quarter', margin: null, model: 'position' }],
    ] as const;
    for (const [codec, settings] of cases) {
      history.replaceState(null, '', '/');
      writeHashEntries((codec.entries as (s: unknown) => Record<string, string | null>)(settings));
      expect((codec.read as (p: URLSearchParams) => unknown)(readHash())).toEqual(settings);
    }
  });

  it('leave the address empty at the defaults', () => {
    writeHashEntries(attributionHash.entries(defaultAttributionSettings));
    writeHashEntries(kpiHash.entries(defaultKpiSettings));
    expect(location.hash).toBe('');
  });
});

describe('writeHash()', () => {
  it('sets and removes one entry and keeps the others', () => {
    writeHash('tab', 'budget');
    writeHashEntries({ 'kpi.period': 'week', 'kpi.model': null });
    expect(location.hash).toBe('#tab=budget&kpi.period=week');
    writeHash('tab', null);
    expect(location.hash).toBe('#kpi.period=week');
  });
});
