import { describe, expect, it } from 'vitest';
import { contributionFinding, curveFinding, decompositionFinding, fitFinding, roiFinding } from '../../../src/lib/mmm/finding';
import type { MmmChannel, MmmFitStats } from '../../../src/lib/mmm/types';
import type { MmmAllocationChannel } from '../../../src/lib/mmm/allocate';
import { english } from '../../../src/lib/messages';

const channel = (name: string, spend: number, contribution: number, total: number, interval: [number, number] | null = null): MmmChannel =>
  ({ name, members: [name], memberSpend: [spend], spend, meanWeekly: spend / 52, contribution, share: contribution / total, roi: contribution / spend,
    roiInterval: interval && { low: interval[0], high: interval[1] }, contributionInterval: null, mroi: 0, beta: 0, shape: { theta: 0, alpha: 1, gamma: 1 },
    halfLifeWeeks: 1, halfSaturationWeekly: 1, saturationWeekly: 1 }) as MmmChannel;
// Total fitted outcome 10,000: TV 3,000 (30%) on 1,500 spend; Search 2,000 (20%) on 500; Social 500 (5%) on 1,000.
const channels = [channel('TV', 1500, 3000, 10000, [1.5, 2.6]), channel('Search', 500, 2000, 10000, [3, 5]), channel('Social', 1000, 500, 10000)];

describe('mix model findings', () => {
  it('fitFinding() says R² as a share and MAPE, with the held-out weeks when there are some', () => {
    const fit: MmmFitStats = { r2: 0.873, nrmse: 0.05, mape: 0.062, holdoutMape: 0.081, holdoutWeeks: 8, decompRssd: 0.1, ridge: 0.01 };
    expect(english(fitFinding(fit)!)).toBe("The model explains 87% of the weekly outcome's ups and downs (R² 0.87); its weeks are off by 6.2% on average (MAPE), 8.1% on the 8 held-out weeks.");
    expect(english(fitFinding({ ...fit, holdoutMape: null, holdoutWeeks: 0 })!)).toMatch(/\(MAPE\)\.$/);
    expect(fitFinding({ ...fit, r2: NaN })).toBeNull();
  });

  it('contributionFinding() names the channel with the largest share, and its ROI with the interval', () => {
    const before = JSON.stringify(channels);
    const m = contributionFinding(channels)!;
    expect(JSON.stringify(channels)).toBe(before);
    expect(m.params).toMatchObject({ channel: 'TV', share: 0.3, roi: 2 });
    expect(english(m)).toBe('TV brings the largest share of the outcome, 30%, with an ROI of 2.00 (90% interval 1.50 to 2.60).');
    expect(contributionFinding([])).toBeNull();
  });

  it('roiFinding() names the highest and the lowest ROI; decompositionFinding() media\'s share against the baseline', () => {
    expect(roiFinding(channels)!.params).toMatchObject({ best: 'Search', bestRoi: 4, worst: 'Social', worstRoi: 0.5 });
    expect(roiFinding(channels.slice(0, 1))).toBeNull();
    // Independent: (3,000 + 2,000 + 500) / 10,000.
    expect((decompositionFinding(channels)!.params as { media: number }).media).toBeCloseTo(0.55, 12);
    expect(english(decompositionFinding(channels)!)).toBe('Media brings 55% of the outcome; the baseline (trend, season, controls) the other 45%.');
  });

  it('curveFinding() says a channel\'s weekly move and its gain, or that it stays', () => {
    const a = { name: 'TV', members: ['TV'], currentWeekly: 1000, recommendedWeekly: 1500, min: 500, max: 2000, currentResponse: 200, recommendedResponse: 230, helpShare: 0.9, held: false } as MmmAllocationChannel;
    expect(english(curveFinding(a)!)).toBe('Raising TV from 1,000 to 1,500 a week is expected to add 30 of outcome a week.');
    expect(curveFinding({ ...a, held: true })!.key).toBe('mmm.findingStay');
    expect(curveFinding({ ...a, currentWeekly: 0 })).toBeNull();
  });
});
