// Fits the marketing-mix model: a seeded differential evolution over each channel's (theta, alpha, gamma) on the
// weeks before the hold-out, the ridge strength chosen on the held-out weeks, a warm-started search on every week,
// then block-bootstrap refits for the intervals and the allocation's draws. Same table, options and seed: same result.
import { mulberry32 } from '../util/random';
import { resolveLifts } from './calibrate';
import { planUnits } from './checks';
import { describeFit } from './describe';
import { buildDesign, type Design } from './design';
import { evolveSteps, type EvolveResult } from './evolve';
import { blockWeights, mape } from './metrics';
import { msg } from '../messages';
import { makeObjective, type Solution } from './objective';
import { defaultMmmOptions, type MixTable, type MmmControl, type MmmDraw, type MmmOptions, type MmmProgress, type MmmResult } from './types';

/** Checks the table's shape; throws for programmer errors, naming what is wrong. */
export function checkTable(table: MixTable): void {
  const T = table.weeks.length;
  if (table.outcome.length !== T) throw new Error(`outcome has ${table.outcome.length} values for ${T} weeks`);
  for (const c of table.channels) if (c.spend.length !== T) throw new Error(`channel ${c.name} has ${c.spend.length} values for ${T} weeks`);
  for (const c of table.controls) if (c.values.length !== T) throw new Error(`control ${c.name} has ${c.values.length} values for ${T} weeks`);
  const bad = [table.outcome, ...table.channels.map((c) => c.spend), ...table.controls.map((c) => c.values)].some((xs) => xs.some((v) => !Number.isFinite(v)));
  if (bad) throw new Error('the table has a value that is not a finite number');
  if (table.channels.some((c) => c.spend.some((v) => v < 0))) throw new Error('spend must not be negative');
  if (T < 8) throw new Error(`a marketing-mix model needs at least 8 weeks, the table has ${T}`);
}

/** Weeks held out: the option, or max(8, 10%) when that leaves at least 26 weeks to fit; 0 when it does not. */
export function holdoutSize(T: number, asked: number): number {
  const h = asked > 0 ? asked : Math.max(8, Math.round(T / 10));
  return T - h >= 26 ? h : 0;
}

export function fitMmm(table: MixTable, options: Partial<MmmOptions> = {}, control: MmmControl = {}): MmmResult {
  const steps = fitSteps(table, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (control.shouldStop?.()) throw new Error('MMM fit cancelled');
    control.onProgress?.(r.value);
  }
}

/**
 * fitMmm() with a pause between steps: `pause` is awaited after each progress report (a worker yields to its message
 * loop there, so a cancel message is handled and `shouldStop` sees it). Same table, options and seed: same result.
 */
export async function fitMmmAsync(table: MixTable, options: Partial<MmmOptions> = {}, control: MmmControl & { pause?: () => Promise<void> | void } = {}): Promise<MmmResult> {
  const steps = fitSteps(table, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await control.pause?.();
    if (control.shouldStop?.()) throw new Error('MMM fit cancelled');
    control.onProgress?.(r.value);
  }
}

/** The fit as steps: yields its progress between search generations and returns the result. */
function* fitSteps(table: MixTable, options: Partial<MmmOptions>): Generator<MmmProgress, MmmResult, void> {
  const o: MmmOptions = { ...defaultMmmOptions, ...options };
  checkTable(table);
  const { units, skipped, warnings } = planUnits(table, o.groupCorrelation);
  const d = buildDesign(table, units.map((u) => u.spend), o.fourier, o.priorMediaShare);
  for (const name of d.constant) warnings.push(msg('mmm.constantControl', { name }));
  const { terms: lifts, warnings: liftWarnings } = resolveLifts(table, units, o.lifts);
  warnings.push(...liftWarnings);
  const T = d.T, dims = 3 * units.length, h = holdoutSize(T, o.holdoutWeeks);
  if (h === 0) warnings.push(msg('mmm.noHoldout', { weeks: T }));
  const pop = Math.max(12, Math.min(48, 2 * dims));
  const evals = Math.max(pop, o.evalsPerDim * dims);
  function* search(f: (x: number[]) => number, n: number, seed: number, stage: MmmProgress['stage'], from: number, span: number,
    start: readonly (readonly number[])[] = [], around = 0, size = pop): Generator<MmmProgress, EvolveResult, void> {
    if (dims === 0) return { best: [], value: f([]), population: [[]], evaluations: 1 };
    const steps = evolveSteps(f, dims, { population: size, evaluations: Math.max(size, n), seed, start, around });
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      yield { stage, done: from + span * r.value };
    }
  }
  const ones = new Float64Array(T).fill(1);
  const middle = o.ridge[Math.floor(o.ridge.length / 2)];
  let lambda = middle, holdoutMape: number | null = null;
  let warm: readonly (readonly number[])[] = [];
  if (h > 0) {
    const train = ones.map((_, t) => (t < T - h ? 1 : 0));
    const first = yield* search(makeObjective(d, train, middle, o.roiPriorSigma, o, lifts).value, evals, o.seed, 'search', 0, 0.4);
    yield { stage: 'ridge', done: 0.4 };
    let best = Infinity;
    for (const l of o.ridge) {
      const s = makeObjective(d, train, l, o.roiPriorSigma, o, lifts).solve(first.best);
      const pred = fittedOf(d, s);
      let err = 0;
      for (let t = T - h; t < T; t++) err += (d.y[t] - pred[t]) ** 2;
      if (err < best) { best = err; lambda = l; holdoutMape = mape(d.y, pred, T - h, T); }
    }
    warm = first.population;
  }
  const full = makeObjective(d, ones, lambda, o.roiPriorSigma, o, lifts);
  const final = yield* search(full.value, h > 0 ? evals / 2 : evals, o.seed + 1, 'refit', h > 0 ? 0.4 : 0, h > 0 ? 0.15 : 0.55, warm);
  const point = full.solve(final.best);
  const rng = mulberry32(o.seed + 2);
  const draws: MmmDraw[] = [];
  const small = Math.max(8, Math.min(24, dims));
  for (let k = 0; k < o.bootstrap; k++) {
    const w = blockWeights(rng, T, o.blockWeeks);
    const f = makeObjective(d, w, lambda, o.roiPriorSigma, o, lifts);
    const from = 0.55 + (0.45 * k) / o.bootstrap;
    const r = yield* search(f.value, 30 * dims, o.seed + 3 + k, 'bootstrap', from, 0.45 / o.bootstrap, [final.best], 0.15, small);
    const s = f.solve(r.best);
    draws.push({ beta: Array.from(s.beta, (b) => b * d.yScale), shapes: s.shapes, contribution: s.H.map((hc, c) => s.beta[c] * d.yScale * hc.reduce((a, v) => a + v, 0)) });
  }
  yield { stage: 'bootstrap', done: 1 };
  return describeFit(table, d, units, point, draws, { lambda, holdoutMape, holdoutWeeks: h, skipped, warnings });
}

/** Fitted values (scaled) of a solution: baseline plus media. */
export function fittedOf(d: Design, s: Solution): Float64Array {
  const out = new Float64Array(d.T);
  d.Z.forEach((z, j) => z.forEach((v, t) => (out[t] += s.base[j] * v)));
  s.H.forEach((hc, c) => hc.forEach((v, t) => (out[t] += s.beta[c] * v)));
  return out;
}
