import { describe, expect, it } from 'vitest';
import { bestJourneys } from '../../src/ui/budget/pick';

const spend = { id: 's', stats: { type: 'spend', channels: [{ name: 'LinkedIn Ads' }, { name: 'Google Ads' }, { name: 'Email' }] } };
const paths = { id: 'p', stats: { type: 'journeys', channels: [{ name: 'alpha' }, { name: 'beta' }] } };
const touches = { id: 't', stats: { type: 'journeys', channels: [{ name: 'linkedin-ads' }, { name: 'Google Ads' }, { name: 'Direct' }] } };

describe('bestJourneys()', () => {
  it('pairs the spend with the journeys that share most channels, whatever their order', () => {
    expect(bestJourneys(spend, [paths, touches])).toBe('t');
    expect(bestJourneys(spend, [touches, paths])).toBe('t');
  });
  it('takes the first journeys file when nothing matches or there is no spend file', () => {
    expect(bestJourneys(spend, [paths, { ...paths, id: 'q' }])).toBe('p');
    expect(bestJourneys(undefined, [paths, touches])).toBe('p');
    expect(bestJourneys(spend, [])).toBeNull();
  });
});
