import { describe, expect, it } from 'vitest';
import { channelOrder, creditRange } from '../../../src/lib/attribution/rank';

describe('channelOrder()', () => {
  it('puts the channels in the order of one model\'s credit, ties by name, without touching its inputs', () => {
    const channels = ['Email', 'Display', 'Search', 'Affiliate'];
    const credit = [10, 30, 30, 5];
    expect(channelOrder(channels, credit)).toEqual([1, 2, 0, 3]);
    expect(channels).toEqual(['Email', 'Display', 'Search', 'Affiliate']);
    expect(credit).toEqual([10, 30, 30, 5]);
    expect(channelOrder(['b', 'a'], null)).toEqual([1, 0]);
  });
});

describe('creditRange()', () => {
  const models = [
    { model: 'first', values: [10, 50, 40] },
    { model: 'last', values: [30, 45, 25] },
    { model: 'linear', values: [20, 48, 32] },
  ] as const;

  it('gives each channel its lowest and highest credit and the models at the ends (checked by brute force)', () => {
    const r = creditRange(models.map((m) => ({ ...m, values: [...m.values] })), 3);
    for (let i = 0; i < 3; i++) {
      const vs: number[] = models.map((m) => m.values[i]);
      const lo = Math.min(...vs), hi = Math.max(...vs);
      expect(r[i]).toMatchObject({ min: lo, max: hi, low: models[vs.indexOf(lo)].model, high: models[vs.indexOf(hi)].model });
      expect(r[i].spread).toBeCloseTo((hi - lo) / ((hi + lo) / 2), 12);
    }
  });

  it('calls a channel robust when its credit moves by at most a quarter of its middle value', () => {
    const r = creditRange(models.map((m) => ({ ...m, values: [...m.values] })), 3);
    // Channel 0: 10-30 (spread 1.0); channel 1: 45-50 (0.105); channel 2: 25-40 (0.46).
    expect(r.map((x) => x.robust)).toEqual([false, true, false]);
    // 10 to 30 is a spread of exactly 1 (3 to 1): still "varies"; 0 to anything is "dependent".
    expect(r.map((x) => x.level)).toEqual(['varies', 'robust', 'varies']);
    expect(creditRange([{ model: 'a', values: [0] }, { model: 'b', values: [4] }], 1)[0].level).toBe('dependent');
    expect(creditRange([], 2).map((x) => x.robust)).toEqual([true, true]);
  });
});
