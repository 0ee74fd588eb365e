import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes } from '../../../src/lib/ingest/load';
import { experimentView } from '../../../src/lib/experiments/view';
import { english } from '../../../src/lib/messages';

async function data(file: string) {
  const r = await loadBytes(file, new Uint8Array(readFileSync(`test/fixtures/${file}`)));
  if (!r.ok || (r.dataset.data.kind !== 'experiment' && r.dataset.data.kind !== 'experiment_users')) throw new Error('not an experiment');
  return r.dataset.data;
}

describe('experimentView()', () => {
  it('analyses a 3-arm aggregated test, flags its sample ratio mismatch and gives one posterior curve per arm', async () => {
    const out = experimentView(await data('ab-three-arms-srm.csv'));
    if (!out.ok) throw new Error(english(out.reason));
    expect(out.view.result.srm.flagged).toBe(true);
    expect(out.view.result.srm.warning && english(out.view.result.srm.warning)).toMatch(/bug in assignment or tracking/);
    expect(out.view.result.comparisons.map((c) => c.variant)).toEqual(['Variant B', 'Variant C']);
    expect(out.view.posterior.map((c) => c.variant)).toEqual(['Control', 'Variant B', 'Variant C']);
    expect(out.view.sequential).toBeNull();
  });

  it('monitors a timed per-user test sequentially, ending on the same totals as the fixed analysis', async () => {
    const d = await data('ab-users.csv');
    const out = experimentView(d);
    if (!out.ok) throw new Error(english(out.reason));
    const seq = out.view.sequential?.[0];
    expect(seq?.variant).toBe('treatment');
    const last = seq!.series.points.at(-1)!;
    expect(last.n).toBe(d.arms.filter((a) => a.metric === out.view.metric).reduce((a, b) => a + b.users, 0));
    expect(last.estimate).toBeCloseTo(out.view.result.comparisons[0].relLift ?? NaN, 12);
    expect(english(seq!.series.verdict)).toMatch(/safe to stop/i);
    expect(out.view.result.comparisons[0].cuped).toBeDefined();
  });

  it('returns the reason instead of numbers for an impossible test', () => {
    const out = experimentView({ arms: [{ metric: 'm', variant: 'A', users: 10, conversions: 20 }] });
    expect(out.ok).toBe(false);
  });
});
