import { describe, expect, it } from 'vitest';
import { daysNeeded, evanMillerSize, minimumDetectableEffect, pooledSize, sampleSize } from '../../../src/lib/experiments/power';
import { expectRel } from './close';
import { english } from '../../../src/lib/messages';

describe('sampleSize', () => {
  it("reproduces Evan Miller's default plan: 20% baseline, +5 points, alpha 0.05, power 0.8 -> 1030 per arm (pooled 1094)", () => {
    const s = sampleSize({ baseline: 0.2, mde: 0.05 });
    expect([s.evanMillerRounded, s.pooledRounded, s.pooledCeil]).toEqual([1030, 1094, 1094]);
    expect(s.evanMillerCeil).toBe(1031); // 1030.22: Evan Miller's page rounds to the nearest user
    expectRel(s.evanMiller, 1030.2192831104596, 1e-12); // scipy, same formula
    expectRel(s.pooled, 1093.7390457661647, 1e-12);
    expect(english(s.why)).toMatch(/pools the two rates/);
  });

  it('takes the MDE relative to the baseline with relative: true', () => {
    expectRel(sampleSize({ baseline: 0.2, mde: 0.25, relative: true }).evanMiller, 1030.2192831104596, 1e-12);
  });

  it('folds baselines above one half (Evan Miller) and grows with power and a smaller alpha', () => {
    expectRel(evanMillerSize(0.8, 0.05), evanMillerSize(0.2, 0.05), 1e-15);
    expect(evanMillerSize(0.2, 0.05, 0.05, 0.9)).toBeGreaterThan(evanMillerSize(0.2, 0.05));
    expect(pooledSize(0.2, 0.05, 0.01)).toBeGreaterThan(pooledSize(0.2, 0.05));
    expectRel(evanMillerSize(0.1, 0.01), 14312.856241916566, 1e-12);
  });

  it('rejects effects that leave the 0..1 range and bad alpha or power', () => {
    expect(() => sampleSize({ baseline: 0.98, mde: 0.05 })).toThrow(/not a rate/);
    expect(() => sampleSize({ baseline: 0.2, mde: 0 })).toThrow(/other than 0/);
    expect(() => sampleSize({ baseline: 0.2, mde: 0.05, power: 1 })).toThrow(/power/);
  });
});

describe('minimumDetectableEffect', () => {
  it('inverts the sample size by bisection: 1030.22 users per arm at 20% detect +5 points', () => {
    const mde = minimumDetectableEffect(0.2, 1030.2192831104596);
    expectRel(mde?.absolute, 0.05, 1e-9);
    expectRel(mde?.relative, 0.25, 1e-9);
  });

  it('is null when no effect is detectable with so few users', () => {
    expect(minimumDetectableEffect(0.2, 1)).toBeNull();
  });
});

describe('daysNeeded', () => {
  it('rounds users up, then days up', () => {
    expect(daysNeeded(1030.2, 2, 500)).toBe(5);
    expect(daysNeeded(1000, 3, 1000)).toBe(3);
    expect(() => daysNeeded(1000, 2, 0)).toThrow(/daily traffic/);
  });
});
