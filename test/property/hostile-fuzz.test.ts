// Issue 18's fuzz test: random bytes and random near-CSV (hostile cells: 1e309, 400 digits, year 9999, NUL,
// prototype names, stray quotes, mixed line ends) through the parse, the engine function behind every command,
// and the worker api. Seeded and time-bounded. Asserts that no throw escapes, that no result holds a number
// that is not finite, and that attribution credit still sums to the conversions it shares out.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBytes, type Dataset } from '../../src/lib/ingest/load';
import { attribute } from '../../src/lib/attribution/attribute';
import { experimentView } from '../../src/lib/experiments/view';
import { computeKpis } from '../../src/lib/kpi/compute';
import { kpiInputsFromData } from '../../src/lib/kpi/from-data';
import { scenarioFromData } from '../../src/lib/budget/from-data';
import { solveScenario } from '../../src/lib/budget/scenario';
import { validateScenario } from '../../src/lib/budget/validate';
import { isJourneyKind } from '../../src/lib/types';
import { attributionJson, experimentJson, inspectJson, scenarioJson } from '../../src/cli/english';
import { createEngine } from '../../src/worker/api';
import { anyBytes } from './hostile-arbitraries';

/** The first path to a number that is not finite, or null. Typed arrays included; iterative, so depth is no risk. */
function nonFinite(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return path || '(value)';
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const arr = v as unknown as ArrayLike<number>;
      for (let i = 0; i < arr.length; i++) if (typeof arr[i] === 'number' && !Number.isFinite(arr[i])) return `${path}[${i}]`;
    } else if (v instanceof Map) {
      for (const [k, x] of v) stack.push([x, `${path}.${String(k)}`]);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) stack.push([x, `${path}.${k}`]);
    }
  }
  return null;
}

const GOOD_TP = 'contact_id,timestamp,channel,converted,deal_value\nC1,2025-01-06T10:00:00Z,Search,0,\nC1,2025-01-08T10:00:00Z,Email,1,100\nC2,2025-01-07T10:00:00Z,__proto__,1,50\n';
const GOOD_SPEND = 'date,channel,spend\n2025-01-06,Search,100\n2025-01-06,Email,50\n2025-01-06,__proto__,20\n';

async function good(name: string, text: string): Promise<Dataset> {
  const r = await loadBytes(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(name);
  return r.dataset;
}

/** Runs the engine function behind every command that takes this dataset; returns what each would print. */
function everyCommand(d: Dataset, tp: Dataset, spend: Dataset): Record<string, unknown> {
  const out: Record<string, unknown> = { inspect: inspectJson('fuzz.csv', d.summary) };
  const data = d.data;
  if (isJourneyKind(data)) {
    const r = attribute(data.journeys, data.kind, { markovOrder: 2 });
    for (const [model, credit] of Object.entries(r.models)) {
      const sum = credit.conversions.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - r.conversions), model).toBeLessThanOrEqual(1e-9 * Math.max(1, r.conversions));
    }
    out.attribute = attributionJson(r);
    if (spend.data.kind === 'spend') {
      const built = scenarioFromData(spend.data.rows, attribute(data.journeys, data.kind, { models: ['linear'] }), { model: 'linear' });
      if (built.ok) out.budget = scenarioJson(solveScenario(built.scenario));
    }
  }
  if (data.kind === 'spend' && isJourneyKind(tp.data)) {
    const built = scenarioFromData(data.rows, attribute(tp.data.journeys, tp.data.kind, { models: ['linear'] }), { model: 'linear' });
    if (built.ok) out.budget = scenarioJson(solveScenario(built.scenario));
  }
  if (data.kind === 'experiment' || data.kind === 'experiment_users') {
    const v = experimentView(data);
    if (v.ok) out.experiment = experimentJson(v.view.result);
  }
  out.kpis = computeKpis(kpiInputsFromData([data], 'first'), { period: 'month' });
  return out;
}

const RUNS = { seed: 18, numRuns: 150, interruptAfterTimeLimit: 20_000 };

describe('hostile input, fuzzed', () => {
  it('parse and every command: no throw escapes, no number that is not finite, credit sums', async () => {
    const [tp, spend] = [await good('tp.csv', GOOD_TP), await good('spend.csv', GOOD_SPEND)];
    const heap = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const copy = bytes.slice();
        const r = await loadBytes('fuzz.csv', bytes);
        expect(bytes).toEqual(copy);
        if (!r.ok) return;
        expect(nonFinite(r.dataset.summary)).toBeNull();
        expect(nonFinite(everyCommand(r.dataset, tp, spend))).toBeNull();
      }),
      RUNS,
    );
    // Memory stays bounded: 150 runs on inputs under 10 KB leave no more than garbage behind.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(256 * 1024 * 1024);
  });

  it('the worker api: loads, views and a second good file after a hostile one', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const engine = createEngine();
        const tp = await engine.load('j0', 'tp.csv', new TextEncoder().encode(GOOD_TP));
        const r = await engine.load('j1', 'fuzz.csv', bytes);
        if (!tp.ok) throw new Error('the good file did not load');
        if (r.ok) {
          expect(nonFinite(r.entry)).toBeNull();
          // The views take a dataset whose mapping is usable, as the app offers them.
          const kind = r.entry.mappingProblem ? 'unknown' : r.entry.kind;
          if (kind === 'touchpoints' || kind === 'paths') expect(nonFinite(await engine.attribute(r.entry.id))).toBeNull();
          if (kind === 'experiment' || kind === 'experiment_users') expect(nonFinite(engine.experiment(r.entry.id))).toBeNull();
          if (kind === 'spend') expect(nonFinite(engine.budget(r.entry.id, tp.entry.id))).toBeNull();
          expect(nonFinite(engine.kpis({ period: 'month' }))).toBeNull();
        }
        // The engine still works afterwards: a good file loads, and the first is kept.
        const after = await engine.load('j2', 'spend.csv', new TextEncoder().encode(GOOD_SPEND));
        expect(after.ok).toBe(true);
        expect(engine.list().map((d) => d.file)).toContain('tp.csv');
      }),
      { ...RUNS, numRuns: 80 },
    );
  });

  it('scenario JSON: validation never throws, and a valid scenario solves to finite numbers', () => {
    const hostileNumber = fc.constantFrom(0, 1, 0.5, -1, 1e15, 1e16, 1e308, -1e308, 5e-324, 1e-300, 50, 1000);
    const channel = fc.record({ name: fc.constantFrom('Search', '__proto__', 'constructor', ''), currentSpend: hostileNumber, curve: fc.record({ beta: hostileNumber, alpha: hostileNumber, gamma: hostileNumber }) }, { requiredKeys: ['name', 'currentSpend', 'curve'] });
    const scenario = fc.oneof(
      fc.record({ mode: fc.constantFrom('max_response', 'target_mroi', 'target_roas', 'x'), totalBudget: hostileNumber, targetMroi: hostileNumber, targetRoas: hostileNumber, channels: fc.array(channel, { maxLength: 5 }) }, { requiredKeys: ['mode', 'channels'] }),
      fc.jsonValue({ maxDepth: 6 }),
    );
    fc.assert(
      fc.property(scenario, (input) => {
        const check = validateScenario(input);
        if (!check.ok) return;
        expect(nonFinite(scenarioJson(solveScenario(check.scenario)))).toBeNull();
      }),
      { ...RUNS, numRuns: 400 },
    );
  });
});
