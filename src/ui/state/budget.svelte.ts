// Rune state of the budget view: which files, which model and mode, the bounds, and the worker's answer.
import { locale } from '../i18n/locale.svelte';
import { msg } from '../../lib/messages';
import type { Remote } from 'comlink';
import type { EngineApi } from '../../worker/api';
import type { BudgetOutcome, BudgetView } from '../../lib/budget/view';
import { SCENARIO_MODES, type ScenarioMode } from '../../lib/budget/types';
import { MODEL_NAMES, type ModelName } from '../../lib/attribution/types';
import { readHash, writeHash } from './hash';
import { Latest } from './latest';

export class BudgetState {
  spendId = $state<string | null>(null);
  journeysId = $state<string | null>(null);
  model = $state<ModelName>('markov');
  kpi = $state<'conversions' | 'value'>('conversions');
  mode = $state<ScenarioMode>('max_response');
  /** null keeps the current total. */
  total = $state<number | null>(null);
  targetMroi = $state(0.001);
  targetRoas = $state(10);
  low = $state(0.7);
  high = $state(1.3);
  /** Elasticity of the one-point curves: 0.7 / 0.5 / 0.3 for low / medium / high saturation. */
  elasticity = $state(0.5);
  /** Channels whose spend stays as it is. */
  locked = $state<string[]>([]);
  /** Per-channel bounds (ratios of current spend) the user set in the table. */
  channelBounds = $state<Record<string, [number, number]>>({});
  outcome = $state<BudgetOutcome | null>(null);
  running = $state(false);
  error = $state<string | null>(null);
  #engine: () => Remote<EngineApi>;
  #latest = new Latest();

  constructor(engine: () => Remote<EngineApi>) {
    this.#engine = engine;
    // `budget=model,kpi,mode,total,low,high,elasticity`
    const [model, kpi, mode, total, low, high, elasticity] = (readHash().get('budget') ?? '').split(',');
    if (model && (MODEL_NAMES as readonly string[]).includes(model)) this.model = model as ModelName;
    if (kpi === 'conversions' || kpi === 'value') this.kpi = kpi;
    if ((SCENARIO_MODES as readonly string[]).includes(mode)) this.mode = mode as ScenarioMode;
    if (Number(total) > 0) this.total = Number(total);
    if (Number(low) >= 0 && low !== '' && low !== undefined) this.low = Number(low);
    if (Number(high) > 0) this.high = Number(high);
    if (Number(elasticity) > 0 && Number(elasticity) < 1) this.elasticity = Number(elasticity);
  }

  /** Solves a scenario saved as JSON; its problems, one sentence each, become the error. */
  async loadScenario(name: string, text: string): Promise<void> {
    const current = this.#latest.begin();
    const r = await this.#engine().solveScenarioJson(text);
    if (!current()) return;
    if (!r.ok) {
      // Not JSON at all gets its own sentence; the field problems name JSON fields and stay as the engine wrote them.
      this.error = r.notJson ? `${name}: ${locale.say(r.notJson)}` : locale.say(msg('budget.notScenario', { file: name, problems: r.problems }));
      return;
    }
    const v = r.view;
    const solved = msg('budget.savedScenario', { file: name });
    const scenario = v.scenario as BudgetView['scenario'];
    this.outcome = {
      ok: true,
      view: {
        scenario, result: v.result, sweep: v.sweep, curves: v.curves, robust: null, robustModels: [], excluded: [], fits: [],
        rules: { metric: 'cpa', threshold: 0, moves: [], total: 0, newTotal: 0 },
        notes: [solved],
      },
    };
    this.error = null;
  }

  setBounds(name: string, low: number, high: number): void {
    this.channelBounds = { ...this.channelBounds, [name]: [low, high] };
    void this.run();
  }

  toggleLock(name: string): void {
    this.locked = this.locked.includes(name) ? this.locked.filter((n) => n !== name) : [...this.locked, name];
    void this.run();
  }

  async run(): Promise<void> {
    if (!this.spendId || !this.journeysId) return;
    writeHash('budget', [this.model, this.kpi, this.mode, this.total ?? '', this.low, this.high, this.elasticity].join(','));
    const current = this.#latest.begin();
    this.running = true;
    try {
      const outcome = await this.#engine().budget(this.spendId, this.journeysId, {
        model: this.model, kpi: this.kpi, mode: this.mode, total: this.total, bounds: [this.low, this.high], elasticity: this.elasticity,
        targetMroi: this.targetMroi, targetRoas: this.targetRoas, locked: $state.snapshot(this.locked), channelBounds: $state.snapshot(this.channelBounds),
      });
      if (!current()) return;
      this.outcome = outcome;
      this.error = null;
    } catch (e) {
      if (current()) this.error = locale.t.status.budgetFailed((e as Error).message);
    } finally {
      if (current()) this.running = false;
    }
  }

  /** The data changed: forget the outcome and any answer still on its way, so the view runs again. */
  invalidate(): void {
    this.#latest.drop();
    this.outcome = null;
    this.running = false;
  }
}
