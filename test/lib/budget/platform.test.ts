// Budget from a Google Ads campaign report alone: the platform's own Conversions / Conv. value are the credit.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes } from '../../../src/lib/ingest/load';
import { platformView } from '../../../src/lib/budget/view';
import { platformCredit } from '../../../src/lib/budget/credit';
import { english } from '../../../src/lib/messages';
import type { SpendRow } from '../../../src/lib/types';

/** Brand 50 €/day and 4 conversions (60 € each), Generic 120 €/day and 3 (70 €), Display 40 €/day and 0.5 (50 €), 1–31 July. */
async function report(): Promise<SpendRow[]> {
  const r = await loadBytes('google-ads-july.csv', readFileSync('test/fixtures/reports/google-ads-july.csv'));
  if (!r.ok || r.dataset.data.kind !== 'spend') throw new Error('the report did not load as spend');
  return r.dataset.data.rows;
}

/** Hill curve through (x0, y0) at elasticity 1/2, alpha 1: beta = 2 y0, gamma = x0 (calibrate(), closed form). */
const oneHalf = (x0: number, y0: number) => (x: number) => (2 * y0 * x) / (x + x0);

describe('platformView(): Budget from a Google Ads report alone', () => {
  it('keeps the report\'s conversions and value per campaign, Total rows left out', async () => {
    const rows = await report();
    const before = JSON.stringify(rows);
    const credit = platformCredit(rows);
    expect(credit).toEqual({ source: 'platform', channels: ['Brand', 'Generic', 'Display'], conversions: [124, 93, 15.5], value: [7440, 6510, 775] });
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('gives CPA per campaign and the best reallocation of the same budget, checked by brute force', async () => {
    const rows = await report();
    const out = platformView(rows, {});
    if (!out.ok) throw new Error(english(out.reason));
    const v = out.view;
    expect(v.credit).toBe('platform');
    const spend = { Brand: 1550, Generic: 3720, Display: 1240 }, conv = { Brand: 124, Generic: 93, Display: 15.5 };
    expect(v.result.channels.map((c) => [c.name, c.currentSpend])).toEqual(Object.entries(spend));
    // CPA per campaign: spend / reported conversions, 12.50, 40.00 and 80.00; the blended 6,510 / 232.5 = 28.
    expect(v.rules.metric).toBe('cpa');
    expect(v.rules.threshold).toBeCloseTo(28, 10);
    expect(v.rules.moves.map((m) => [m.name, m.metric])).toEqual([['Brand', 12.5], ['Generic', 40], ['Display', 80]]);
    // Brute force over whole euros within 0.7-1.3x, Display taking the rest of the 6,510.
    const f = Object.fromEntries(Object.entries(spend).map(([k, x]) => [k, oneHalf(x, conv[k as keyof typeof conv])]));
    let best = { y: -Infinity, b: 0, g: 0 };
    for (let b = 1085; b <= 2015; b++) {
      for (let g = 2604; g <= 4836; g++) {
        const d = 6510 - b - g;
        if (d < 868 || d > 1612) continue;
        const y = f.Brand(b) + f.Generic(g) + f.Display(d);
        if (y > best.y) best = { y, b, g };
      }
    }
    const got = Object.fromEntries(v.result.channels.map((c) => [c.name, c.recommendedSpend]));
    expect(Math.abs(got.Brand - best.b)).toBeLessThanOrEqual(1);
    expect(Math.abs(got.Generic - best.g)).toBeLessThanOrEqual(1);
    expect(v.result.recommendedResponse).toBeGreaterThanOrEqual(best.y - 1e-9);
    expect(v.result.channels.map((c) => c.bound)).toEqual(['upper', 'interior', 'lower']);
    // No journeys: no robustness across models, and the notes say whose conversions these are.
    expect(v.robust).toBeNull();
    expect(v.notes.map(english).join(' ')).toMatch(/as reported by the platform/);
    expect(v.notes.map(english).join(' ')).not.toMatch(/touchpoint file/);
  });

  it('optimises the reported conversion value as ROAS', async () => {
    const out = platformView(await report(), { kpi: 'value' });
    if (!out.ok) throw new Error(english(out.reason));
    // ROAS per campaign: 7,440 / 1,550 = 4.8, 6,510 / 3,720 = 1.75, 775 / 1,240 = 0.625.
    expect(out.view.rules.moves.map((m) => m.metric)).toEqual([4.8, 1.75, 0.625]);
  });

  it('says what is missing when the report has no conversions', async () => {
    const r = await loadBytes('ads.csv', new TextEncoder().encode('date,campaign,cost\n2025-07-01,Brand,10\n'));
    if (!r.ok || r.dataset.data.kind !== 'spend') throw new Error('did not load');
    const out = platformView(r.dataset.data.rows, {});
    expect(out.ok ? '' : english(out.reason)).toMatch(/no conversions or conversion value reported by the platform/);
  });
});

describe('platformView(): a Meta Ads Manager report', () => {
  it('reads Results as the conversions and plans from them', async () => {
    const meta = '\uFEFFReporting starts,Reporting ends,Campaign name,Campaign ID,Day,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value\n' +
      '2025-07-01,2025-07-31,Prospecting,1,2025-07-01,100.50,1000,20,4,320\n2025-07-01,2025-07-31,Retargeting,2,2025-07-01,50,500,10,5,400\n';
    const r = await loadBytes('meta.csv', new TextEncoder().encode(meta));
    if (!r.ok || r.dataset.data.kind !== 'spend') throw new Error('did not load as spend');
    expect(platformCredit(r.dataset.data.rows)).toMatchObject({ channels: ['Prospecting', 'Retargeting'], conversions: [4, 5], value: [320, 400] });
    const out = platformView(r.dataset.data.rows, {});
    if (!out.ok) throw new Error(english(out.reason));
    // CPA 100.50 / 4 = 25.125 and 50 / 5 = 10: Retargeting gains up to its bound, Prospecting gives what it takes.
    expect(out.view.rules.moves.map((m) => m.metric)).toEqual([25.125, 10]);
    expect(out.view.result.channels.map((c) => c.recommendedSpend)).toEqual([expect.closeTo(85.5, 9), expect.closeTo(65, 9)]);
  });
});
