import { describe, expect, it } from 'vitest';
import { clv } from '../../../src/lib/kpi/clv';
import { english } from '../../../src/lib/messages';

describe('clv()', () => {
  it('is ARPA × gross margin / monthly churn, with the numbers in the formula', () => {
    // 500 × 0.8 / 0.02 = 20,000.
    const r = clv(500, 0.8, 0.02);
    expect(r.value).toBeCloseTo(20_000, 9);
    expect(english(r.formula)).toBe('CLV = ARPA × gross margin / monthly churn = 500.00 × 80.0% / 2.00% = 20,000.00');
  });

  it('has no value without churn or without inputs, and says why', () => {
    expect(clv(500, 0.8, 0)).toMatchObject({ value: null });
    expect(english(clv(500, 0.8, 0).formula)).toMatch(/no churn observed/);
    expect(clv(null, 0.8, 0.02)).toMatchObject({ value: null });
    expect(english(clv(null, 0.8, 0.02).formula)).toBe('CLV = ARPA × gross margin / monthly churn (ARPA or churn unknown)');
  });

  it('throws for a margin outside 0..1, naming the value', () => {
    expect(() => clv(500, 80, 0.02)).toThrow('clv: the gross margin must be between 0 and 1, not 80');
  });
});
