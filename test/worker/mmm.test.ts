// The engine's marketing-mix method: a fit in the worker with progress and cancel, cached per dataset version and
// seed, so a budget, bounds or mode change only re-allocates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/worker/api';
import type { MmmProgress } from '../../src/lib/mmm/types';
import { DEMO_DIR, DEMOS } from '../lib/mmm/demo';
import { FIVE, simulate } from '../lib/mmm/simulate';

const enc = (s: string) => new TextEncoder().encode(s);
const sim = simulate(8, 60, FIVE.slice(0, 2)).table;
const fix = (x: number) => x.toFixed(6);
const WIDE = ['date,revenue,' + sim.channels.map((c) => `${c.name}_spend`).join(','),
  ...sim.weeks.map((w, t) => [w, fix(sim.outcome[t]), ...sim.channels.map((c) => fix(c.spend[t]))].join(','))].join('\n');
const LONG = ['date,channel,spend', ...sim.weeks.flatMap((w, t) => sim.channels.map((c) => `${w},${c.name},${fix(c.spend[t])}`))].join('\n');
const OUTCOME = ['date,revenue', ...sim.weeks.map((w, t) => `${w},${fix(sim.outcome[t])}`)].join('\n');

async function withDemo() {
  const engine = createEngine();
  const loaded = await engine.load('j0', DEMOS.pymc, new Uint8Array(readFileSync(DEMO_DIR + DEMOS.pymc)));
  if (!loaded.ok) throw new Error(loaded.problem.code);
  expect(loaded.entry.kind).toBe('marketing_mix');
  return { engine, id: loaded.entry.id };
}

describe('engine.mmm()', () => {
  it('fits with progress, then re-allocates on the cached fit when only the budget changes', async () => {
    const { engine, id } = await withDemo();
    const seen: MmmProgress[] = [];
    const first = await engine.mmm('j1', id, { seed: 2 }, (p) => seen.push(p));
    if (!first.ok) throw new Error(first.reason.key);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toEqual({ stage: 'bootstrap', done: 1 });
    const budget = first.view.allocation.budget * 1.2;
    const again: MmmProgress[] = [];
    const second = await engine.mmm('j2', id, { seed: 2, allocation: { mode: { kind: 'budget', weekly: budget } } }, (p) => again.push(p));
    if (!second.ok) throw new Error(second.reason.key);
    expect(again).toEqual([]);
    expect(second.view.result).toEqual(first.view.result);
    expect(second.view.allocation.budget).toBeCloseTo(budget, 6);
    // Another seed fits again.
    const other: MmmProgress[] = [];
    await engine.mmm('j3', id, { seed: 3 }, (p) => other.push(p));
    expect(other.length).toBeGreaterThan(10);
  }, 60_000);

  it('with lift tests fits twice (without and with them, half the progress each), shows both, and keeps both fits', async () => {
    const { engine, id } = await withDemo();
    const plain = await engine.mmm('j0', id, { seed: 2 });
    if (!plain.ok) throw new Error(plain.reason.key);
    expect(plain.view.calibration).toEqual([]);
    const weeks = plain.view.result.series.weeks;
    const lift = { channel: 'x1', from: weeks[100], to: weeks[111], lift: 5000, low: 4500, high: 5500 };
    const seen: MmmProgress[] = [];
    // The plain fit is cached: only the calibrated one runs, and its progress covers the second half.
    const cal = await engine.mmm('j1', id, { seed: 2, lifts: [lift] }, (p) => seen.push(p));
    if (!cal.ok) throw new Error(cal.reason.key);
    expect(seen.length).toBeGreaterThan(5);
    expect(Math.min(...seen.map((p) => p.done))).toBeGreaterThanOrEqual(0.5);
    expect(seen.at(-1)?.done).toBe(1);
    const [row] = cal.view.calibration;
    expect(row.test).toEqual(lift);
    expect(row.weeks).toBe(12);
    const x1 = plain.view.result.series.contributions[0];
    expect(row.before).toBeCloseTo(x1.slice(100, 112).reduce((a, b) => a + b, 0), 6);
    expect(Math.abs(row.after - 5000)).toBeLessThan(Math.abs(row.before - 5000));
    const again: MmmProgress[] = [];
    await engine.mmm('j2', id, { seed: 2 }, (p) => again.push(p));
    await engine.mmm('j3', id, { seed: 2, lifts: [lift] }, (p) => again.push(p));
    expect(again).toEqual([]);
  }, 60_000);

  it('a remap drops the cached fit', async () => {
    const { engine, id } = await withDemo();
    await engine.mmm('j1', id, {});
    const columns = engine.list()[0].columns;
    engine.remap(id, 'marketing_mix', columns.map((c) => (c.name === 'event_2' ? 'ignore' : c.role)));
    const seen: MmmProgress[] = [];
    const out = await engine.mmm('j2', id, {}, (p) => seen.push(p));
    expect(seen.length).toBeGreaterThan(0);
    expect(out.ok).toBe(true);
  }, 60_000);

  it('stops at cancel(jobId) and says so; the next call fits again', async () => {
    const { engine, id } = await withDemo();
    const pending = engine.mmm('job', id, {});
    setTimeout(() => engine.cancel('job'), 30);
    expect(await pending).toEqual({ ok: false, reason: { key: 'mmm.cancelled', params: {} } });
    const out = await engine.mmm('job', id, {});
    expect(out.ok).toBe(true);
  }, 60_000);

  it('fits the long layout (a spend dataset and an outcome dataset) to the same view as the wide file', async () => {
    const engine = createEngine();
    const ids: string[] = [];
    for (const [name, text] of [['wide.csv', WIDE], ['spend.csv', LONG], ['outcome.csv', OUTCOME]]) {
      const r = await engine.load('j', name, enc(text));
      if (!r.ok) throw new Error(r.problem.code);
      ids.push(r.entry.id);
    }
    expect(engine.list().map((e) => e.kind)).toEqual(['marketing_mix', 'spend', expect.any(String)]);
    const wide = await engine.mmm('a', ids[0], { seed: 4 });
    const long = await engine.mmm('b', { spend: ids[1], outcome: ids[2] }, { seed: 4 });
    expect(long).toEqual(wide);
    const seen: MmmProgress[] = [];
    await engine.mmm('c', { spend: ids[1], outcome: ids[2] }, { seed: 4, allocation: { bounds: [0.9, 1.1] } }, (p) => seen.push(p));
    expect(seen).toEqual([]);
  }, 60_000);

  it('refuses a dataset that is not a marketing-mix table', async () => {
    const engine = createEngine();
    await engine.loadExample();
    await expect(engine.mmm('j', 'd1', {})).rejects.toThrow(/not a marketing-mix table/);
  });
});
