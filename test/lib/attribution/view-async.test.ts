// The attribution view in the worker (issue 18): one model at a time with progress and a stop between models, the
// same result as in one go.
import { describe, expect, it } from 'vitest';
import { AttributionCancelled, attributionView, attributionViewAsync } from '../../../src/lib/attribution/view';
import { MODEL_NAMES } from '../../../src/lib/attribution/types';
import { createEngine } from '../../../src/worker/api';
import { makeSet } from './rule-helpers';

const set = makeSet([
  { path: 'A > B > C', daysBefore: [9, 5, 1] },
  { path: 'B > C', daysBefore: [4, 2] },
  { path: 'A', daysBefore: [3], conversions: 0 },
  { path: 'C > A', daysBefore: [6, 1], value: 40 },
]);

describe('attributionViewAsync', () => {
  it('gives what attributionView gives, reporting each model done', async () => {
    const seen: number[] = [];
    const a = await attributionViewAsync(set, 'touchpoints', {}, { onProgress: (p) => seen.push(p.done / p.total), pause: async () => {} });
    const b = attributionView(set, 'touchpoints', {});
    expect(JSON.stringify(a.view)).toBe(JSON.stringify(b.view));
    expect(seen).toEqual(MODEL_NAMES.slice(1).map((_, i) => (i + 1) / MODEL_NAMES.length));
  });

  it('stops between models when asked', async () => {
    let paused = 0;
    const run = attributionViewAsync(set, 'touchpoints', {}, { pause: async () => void paused++, shouldStop: () => paused >= 2 });
    await expect(run).rejects.toBeInstanceOf(AttributionCancelled);
    expect(paused).toBe(2);
  });

  it('in the worker, a cancelled job stops and the next one runs', async () => {
    const engine = createEngine();
    await engine.loadExample();
    const running = engine.attribute('d1', {}, 'job-1');
    engine.cancel('job-1');
    await expect(running).rejects.toThrow(/attribution cancelled/);
    const view = await engine.attribute('d1', {}, 'job-2');
    expect(view.channels.length).toBeGreaterThan(3);
  });
});
