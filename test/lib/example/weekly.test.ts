// weekly-mix.csv of the example: two years of weekly revenue and spend, ending with spend.csv's own weeks, whose
// revenue is made by a known truth the mix model must find.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { generateExample } from '../../../src/lib/example/generate';
import { WEEKLY_CHANNELS, WEEKLY_TRUTH } from '../../../src/lib/example/weekly';
import { loadBytes } from '../../../src/lib/ingest/load';
import { fitMmm } from '../../../src/lib/mmm/fit';
import { allocateMmm } from '../../../src/lib/mmm/allocate';
import { adstock, hillInPlace, steadyCurve } from '../../../src/lib/mmm/transform';
import { hill } from '../../../src/lib/budget/response';

const example = generateExample();
const rows = Papa.parse<string[]>(example.weekly.trim()).data;
const header = rows[0], body = rows.slice(1);
const column = (name: string) => body.map((r) => Number(r[header.indexOf(name)]));

async function read() {
  const r = await loadBytes('example-weekly-mix.csv', new TextEncoder().encode(example.weekly));
  if (!r.ok) throw new Error(r.problem.code);
  return r.dataset;
}

describe('the example\'s weekly marketing-mix table', () => {
  it('has 104 Monday weeks up to 2025-06-23, and its 2025 weeks are spend.csv summed per channel and week', () => {
    expect(body).toHaveLength(104);
    expect([body[0][0], body[103][0]]).toEqual(['2023-07-03', '2025-06-23']);
    expect(body.every((r) => new Date(r[0]).getUTCDay() === 1)).toBe(true);
    const spend = Papa.parse<string[]>(example.spend.trim()).data.slice(1);
    for (const channel of WEEKLY_CHANNELS) {
      const byWeek = new Map<string, number>();
      for (const [week, ch, amount] of spend) if (ch === channel) byWeek.set(week, (byWeek.get(week) ?? 0) + Number(amount));
      for (const r of body.slice(78)) expect(Number(r[header.indexOf(`${channel} spend`)])).toBeCloseTo(byWeek.get(r[0]) ?? 0, 2);
    }
  });

  it('reads as marketing_mix: five spend channels, exposures kept out, a control and an event', async () => {
    const d = await read();
    if (d.data.kind !== 'marketing_mix') throw new Error(`read as ${d.data.kind}`);
    expect(d.data.outcome).toBe('revenue');
    expect(d.data.table.channels.map((c) => c.name)).toEqual([...WEEKLY_CHANNELS]);
    expect(d.data.table.controls.map((c) => [c.name, c.kind])).toEqual([['competitor_index', 'control'], ['holiday', 'event']]);
  });

  it('gives the mix model back its truth: ROI within 35% per channel (median within 20%), advice never worse than today', async () => {
    const d = await read();
    if (d.data.kind !== 'marketing_mix') throw new Error('not a mix table');
    const result = fitMmm(d.data.table);
    const errors = result.channels.map((c, i) => Math.abs(c.roi / WEEKLY_TRUTH[i].roi - 1));
    expect(Math.max(...errors)).toBeLessThan(0.35);
    expect([...errors].sort((a, b) => a - b)[2]).toBeLessThan(0.2);
    // Scored on the true steady-state curves (rebuilt from the file and the truth), the advice loses nothing.
    const curves = WEEKLY_CHANNELS.map((name, c) => {
      const x = column(`${name} spend`), t = WEEKLY_TRUTH[c];
      const h = adstock(x, t.theta);
      const gamma = (t.gammaRatio * h.reduce((a, b) => a + b, 0)) / h.length;
      hillInPlace(h, t.alpha, gamma);
      const beta = (t.roi * x.reduce((a, b) => a + b, 0)) / h.reduce((a, b) => a + b, 0);
      return steadyCurve(beta, { theta: t.theta, alpha: t.alpha, gamma });
    });
    const advice = allocateMmm(result);
    const score = (xs: number[]) => curves.reduce((s, cv, i) => s + hill(cv, xs[i]), 0);
    expect(score(advice.channels.map((c) => c.recommendedWeekly))).toBeGreaterThanOrEqual(score(advice.channels.map((c) => c.currentWeekly)) - 1e-6);
  }, 60_000);
});
