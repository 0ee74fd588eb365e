import { describe, expect, it } from 'vitest';
import { EXACT, headerTokens, matchScore } from '../../../src/lib/schema/match';

describe('matchScore()', () => {
  it('scores an exact synonym about EXACT', () => {
    expect(matchScore(headerTokens('Deal - ID'), 'deal_id')).toBeCloseTo(EXACT, 1);
    expect(matchScore(headerTokens('ContactID'), 'journey_id')).toBeCloseTo(EXACT, 1);
  });

  it('scores a contains-match below an exact one', () => {
    const contains = matchScore(headerTokens('Deal - Expected close date'), 'closed');
    expect(contains).toBeGreaterThan(1);
    expect(contains).toBeLessThan(matchScore(headerTokens('Close Date'), 'closed'));
  });

  it('ignores a contains-match that covers less than half of the header', () => {
    expect(matchScore(headerTokens('Session default channel group'), 'variant')).toBe(0);
    expect(matchScore(headerTokens('Campaign Group Name'), 'variant')).toBe(0);
  });

  it('matches short synonyms only exactly', () => {
    expect(matchScore(headerTokens('Campaign ID'), 'journey_id')).toBe(0);
    expect(matchScore(headerTokens('ID'), 'journey_id')).toBeGreaterThan(2);
  });

  it('skips synonyms the kind rules out', () => {
    expect(matchScore(headerTokens('Lifecycle Stage'), 'stage')).toBeGreaterThan(2);
    expect(matchScore(headerTokens('Lifecycle Stage'), 'stage', 'deals')).toBeLessThan(2);
  });

  it('gives 0 for ignore', () => {
    expect(matchScore(headerTokens('anything'), 'ignore')).toBe(0);
  });
});
