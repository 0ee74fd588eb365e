import { describe, expect, it } from 'vitest';
import { decodePreset, encodePreset } from '../../../src/lib/attribution/preset';

describe('encodePreset() / decodePreset()', () => {
  it('round-trips position weights and type multipliers, also names with separators', () => {
    const preset = { weights: { first: 40, middle: 20, last: 40 }, typeWeights: { webinar: 2, 'sales call, direct=1;x': 3.5 } };
    const text = encodePreset(preset);
    expect(text.startsWith('first=40,middle=20,last=40;')).toBe(true);
    expect(decodePreset(text)).toEqual(preset);
  });

  it('leaves out multipliers of 1, which change nothing', () => {
    expect(encodePreset({ weights: { first: 1, middle: 1, last: 1 }, typeWeights: { a: 1 } })).toBe('first=1,middle=1,last=1');
  });

  it.each(['', 'garbage', 'first=x,middle=-1', ';=3,b=no'])('falls back to equal weights for unreadable text %j', (text) => {
    expect(decodePreset(text)).toEqual({ weights: { first: 50, middle: 50, last: 50 }, typeWeights: {} });
  });
});
