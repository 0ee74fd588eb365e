import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../src/lib/experiments/analyze';
import { experimentJson } from '../../src/cli/english';

describe('experimentJson', () => {
  const result = analyzeExperiment([
    { variant: 'A', users: 3407, conversions: 300, revenue: 1396.87, revenueSquares: 52377.9767 },
    { variant: 'B', users: 3461, conversions: 320, revenue: 2422.7, revenueSquares: 134698.29 },
  ]);
  const json = experimentJson(result) as {
    srm: Record<string, unknown>; variants: Record<string, unknown>[]; comparisons: Record<string, unknown>[];
  };

  it('has every field of the CLI contract in issue 4', () => {
    expect(Object.keys(json.srm)).toEqual(expect.arrayContaining(['chi2', 'df', 'pValue', 'flagged']));
    expect(Object.keys(json.variants[0])).toEqual(expect.arrayContaining(['name', 'users', 'conversions', 'rate', 'revenueMean']));
    const c = json.comparisons[0];
    expect(Object.keys(c)).toEqual(expect.arrayContaining([
      'variant', 'control', 'absDiff', 'absCi', 'relLift', 'relCiDelta', 'relCiFieller', 'z', 'pValue', 'pValueHolm',
      'probBeatControl', 'expectedLoss', 'revenue',
    ]));
    expect(Object.keys(c.expectedLoss as object).sort()).toEqual(['control', 'variant']);
    expect(Object.keys(c.revenue as object).sort()).toEqual(['absCi', 'absDiff', 'df', 'pValue', 'relCi', 'relLift', 't']);
  });

  it('copies the numbers unrounded and survives a JSON round trip', () => {
    expect(json.comparisons[0].pValue).toBe(result.comparisons[0].pValue);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('leaves revenue out when the arms have no revenue', () => {
    const plain = experimentJson(analyzeExperiment([{ variant: 'A', users: 100, conversions: 10 }, { variant: 'B', users: 100, conversions: 12 }])) as typeof json;
    expect('revenue' in plain.comparisons[0]).toBe(false);
    expect('revenueMean' in plain.variants[0]).toBe(false);
  });
});
