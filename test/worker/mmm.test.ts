// The engine's marketing-mix method: a fit in the worker with progress and cancel, cached per dataset version and
// seed, so a budget, bounds or mode change only re-allocates.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/worker/api';
import type { MmmProgress } from '../../src/lib/mmm/types';
import { DEMO_DIR, DEMOS } from '../lib/mmm/demo';

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

  it('refuses a dataset that is not a marketing-mix table', async () => {
    const engine = createEngine();
    await engine.loadExample();
    await expect(engine.mmm('j', 'd1', {})).rejects.toThrow(/not a marketing-mix table/);
  });
});
