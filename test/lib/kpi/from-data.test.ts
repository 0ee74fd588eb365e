import { describe, expect, it } from 'vitest';
import { buildJourneys, type TouchRow } from '../../../src/lib/journeys/build';
import { touchesOf } from '../../../src/lib/journeys/store';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { fromLeadTouch, kpiInputsFromData } from '../../../src/lib/kpi/from-data';
import { english } from '../../../src/lib/messages';
import type { DatasetData } from '../../../src/lib/types';
import { day } from './fixtures';

const t = (journey: string, time: number, channel: string, stage: string, value?: number): TouchRow =>
  ({ journey, time, channel, stage, type: 'visit', conversion: value !== undefined, value });

/** X: an anonymous Organic visit, then a LinkedIn lead that wins 100. Y: a Google lead that wins 50. */
const ROWS: TouchRow[] = [
  t('X', day(0, 1), 'Organic', 'subscriber'),
  t('X', day(0, 2), 'LinkedIn', 'lead'),
  t('X', day(0, 3), 'Direct', 'won', 100),
  t('Y', day(0, 4), 'Google', 'lead'),
  t('Y', day(0, 5), 'Google', 'won', 50),
];
const datas = (): DatasetData[] => [
  { kind: 'touchpoints', journeys: buildJourneys(ROWS) },
  { kind: 'spend', rows: [{ channel: 'LinkedIn', time: day(0, 2), spend: 50 }, { channel: 'Organic', time: day(0, 2), spend: 10 }, { channel: 'Google', time: day(0, 2), spend: 25 }] },
];

describe('fromLeadTouch()', () => {
  it('starts each contact\'s journey at its lead touch, without mutating the set', () => {
    const set = buildJourneys(ROWS);
    const before = JSON.stringify(set.journeys);
    const trimmed = fromLeadTouch(set);
    const channels = trimmed.journeys.map((j) => touchesOf(trimmed, j).map((x) => trimmed.channels[x.channel]));
    expect(channels).toEqual([['LinkedIn', 'Direct'], ['Google', 'Google']]);
    expect(JSON.stringify(set.journeys)).toBe(before);
  });
});

describe('ROI by attribution credit', () => {
  it('leaves anonymous touches before the lead out of the credit unless asked', () => {
    const off = computeKpis(kpiInputsFromData(datas(), 'first'), { period: 'month' }).kpis.roi;
    // First touch from the lead on: LinkedIn 100 (ROI (100 - 50) / 50 = 1), Google 50 (1), Organic 0 (-1).
    expect(off?.byChannel).toEqual({ Google: 1, LinkedIn: 1, Organic: -1 });
    expect(english(off!.formula)).toMatch(/^ROI by first-touch credit = .*from the lead touch on: anonymous touches before the lead left out\)$/);
    const on = computeKpis(kpiInputsFromData(datas(), 'first', { creditBeforeLead: true }), { period: 'month' }).kpis.roi;
    // Including them: Organic's visit takes X's 100 (ROI 9), LinkedIn gets nothing (-1).
    expect(on?.byChannel).toEqual({ Google: 1, LinkedIn: -1, Organic: 9 });
    expect(english(on!.formula)).toMatch(/anonymous touches before the lead included\)$/);
  });
});
