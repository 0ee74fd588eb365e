// Rune state of the budget view: which files, which model and mode, the bounds, and the worker's answer.
import { progress, type Engine } from '../../worker/client';
import type { DatasetEntry } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import { msg } from '../../lib/messages';
import type { BudgetOutcome } from '../../lib/budget/view';
import { SCENARIO_MODES, type ScenarioMode } from '../../lib/budget/types';
import { MODEL_NAMES, type ModelName } from '../../lib/attribution/types';
import { bestJourneys, reportsConversions, sharedChannels } from '../budget/pick';
import { hashCodec, numberWhere, oneOf, orNone } from './codec';
import { readHash, writeHashEntries } from './hash';
import { isJourneyDataset } from './attribution.svelte';
import { ViewState, moneyCode, versioned, type ViewOptions } from './view.svelte';

/** The view's settings kept in the page address. */
export interface BudgetSettings {
  /** The attribution model whose credit the curves are fitted to. */
  model: ModelName;
  kpi: 'conversions' | 'value';
  mode: ScenarioMode;
  /** The budget to place; null keeps the current total. */
  total: number | null;
  /** Bounds per channel, as ratios of current spend. */
  low: number;
  high: number;
  /** Elasticity of the one-point curves: 0.7 / 0.5 / 0.3 for low / medium / high saturation. */
  elasticity: number;
}

export const defaultBudgetSettings: Readonly<BudgetSettings> = Object.freeze({
  model: 'markov', kpi: 'conversions', mode: 'max_response', total: null, low: 0.7, high: 1.3, elasticity: 0.5,
});

/** `budget.model=linear&budget.total=50000...`; old links: `budget=model,kpi,mode,total,low,high,elasticity`. */
export const budgetHash = hashCodec<BudgetSettings>('budget', {
  model: oneOf<ModelName>(MODEL_NAMES),
  kpi: oneOf(['conversions', 'value'] as const),
  mode: oneOf<ScenarioMode>(SCENARIO_MODES),
  total: orNone(numberWhere((n) => n > 0)),
  low: numberWhere((n) => n >= 0),
  high: numberWhere((n) => n > 0),
  elasticity: numberWhere((n) => n > 0 && n < 1),
}, defaultBudgetSettings, ['model', 'kpi', 'mode', 'total', 'low', 'high', 'elasticity']);

/** Spend datasets whose columns are mapped. */
export const isSpendDataset = (d: DatasetEntry): boolean => d.kind === 'spend' && !d.mappingProblem;

/** A saved scenario the engine would not solve: its sentence is the view's error. */
class NotScenario extends Error {}

export class BudgetState extends ViewState<BudgetOutcome> {
  model = $state(defaultBudgetSettings.model);
  kpi = $state(defaultBudgetSettings.kpi);
  mode = $state(defaultBudgetSettings.mode);
  /** null keeps the current total. */
  total = $state(defaultBudgetSettings.total);
  targetMroi = $state(0.001);
  targetRoas = $state(10);
  low = $state(defaultBudgetSettings.low);
  high = $state(defaultBudgetSettings.high);
  /** Elasticity of the one-point curves: 0.7 / 0.5 / 0.3 for low / medium / high saturation. */
  elasticity = $state(defaultBudgetSettings.elasticity);
  /** Channels whose spend stays as it is. */
  locked = $state<string[]>([]);
  /** Per-channel bounds (ratios of current spend) the user set in the table. */
  channelBounds = $state<Record<string, [number, number]>>({});
  /** The spend and journey datasets to choose from. */
  readonly spends = $derived(this.data.datasets.filter(isSpendDataset));
  readonly journeys = $derived(this.data.datasets.filter(isJourneyDataset));
  #spendChosen = $state<string | null>(null);
  #journeysChosen = $state<string | null>(null);
  /** The user's choice of the platform's own conversions (true) or journeys (false); null until they choose. */
  #platformChosen = $state<boolean | null>(null);

  constructor(options: ViewOptions) {
    super(options);
    this.settings = budgetHash.read(readHash());
  }

  /** The chosen spend file; the first one until the user chooses, or when the chosen one is gone. */
  get spendId(): string | null {
    const ids = this.spends.map((d) => d.id);
    return this.#spendChosen !== null && ids.includes(this.#spendChosen) ? this.#spendChosen : (ids[0] ?? null);
  }

  set spendId(id: string | null) {
    this.#spendChosen = id;
  }

  /** The currency of the chosen spend file: the plan's money. */
  get currency(): string {
    return moneyCode(this.spends.find((d) => d.id === this.spendId));
  }

  /** True when the chosen spend file carries the platform's own conversions (a campaign report). */
  get reported(): boolean {
    return reportsConversions(this.spends.find((d) => d.id === this.spendId));
  }

  /**
   * True when the credit is the conversions the platform reports in the spend file. Until the user chooses: when the
   * report has them and no journeys share a channel name with it (campaigns are not attribution channels).
   */
  get platform(): boolean {
    if (!this.reported) return false;
    if (this.#platformChosen !== null) return this.#platformChosen || this.journeys.length === 0;
    const spend = this.spends.find((d) => d.id === this.spendId);
    return !this.journeys.some((d) => sharedChannels(spend, d) > 0);
  }

  /** The credit source as the view's select holds it: 'platform', or the journeys' dataset id. */
  get credit(): string | null {
    return this.platform ? 'platform' : this.journeysId;
  }

  set credit(id: string | null) {
    this.#platformChosen = id === 'platform';
    if (id !== 'platform') this.#journeysChosen = id;
  }

  /** The chosen journeys; until the user chooses, the ones sharing most channels with the spend file. */
  get journeysId(): string | null {
    if (this.platform) return null;
    const chosen = this.#journeysChosen;
    if (chosen !== null && this.journeys.some((d) => d.id === chosen)) return chosen;
    return bestJourneys(this.spends.find((d) => d.id === this.spendId), this.journeys);
  }

  set journeysId(id: string | null) {
    this.#journeysChosen = id;
  }

  protected get dataKey(): string | null {
    const spend = this.spendId, journeys = this.journeysId;
    if (spend === null) return null;
    if (this.platform) return `${versioned(this.data, spend)}+platform`;
    return journeys === null ? null : `${versioned(this.data, spend)}+${versioned(this.data, journeys)}`;
  }

  get settings(): BudgetSettings {
    const { model, kpi, mode, total, low, high, elasticity } = this;
    return { model, kpi, mode, total, low, high, elasticity };
  }

  set settings(s: BudgetSettings) {
    ({ model: this.model, kpi: this.kpi, mode: this.mode, total: this.total, low: this.low, high: this.high, elasticity: this.elasticity } = s);
  }

  protected remember(): void {
    writeHashEntries(budgetHash.entries(this.settings));
  }

  protected compute(engine: Engine): Promise<BudgetOutcome> {
    const job = this.job();
    return engine.budgetJob(job.id, this.spendId as string, this.platform ? null : this.journeysId, {
      model: this.model, kpi: this.kpi, mode: this.mode, total: this.total, bounds: [this.low, this.high], elasticity: this.elasticity,
      targetMroi: this.targetMroi, targetRoas: this.targetRoas, locked: $state.snapshot(this.locked), channelBounds: $state.snapshot(this.channelBounds),
    }, progress(job.onProgress));
  }

  protected failed(message: string): string {
    return locale.t.status.budgetFailed(message);
  }

  /** Solves a scenario saved as JSON; its problems, one sentence each, become the error. */
  loadScenario(name: string, text: string): Promise<void> {
    return this.settle(async () => {
      const r = await this.engine().solveScenarioJson(name, text);
      if (r.ok) return { ok: true, view: r.view };
      // Not JSON at all gets its own sentence; each field problem names its JSON field, in the UI's language.
      throw new NotScenario(r.notJson ? `${name}: ${locale.say(r.notJson)}` : locale.say(msg('budget.notScenario', { file: name, problems: r.problems.map(locale.say) })));
    }, (e) => (e instanceof NotScenario ? e.message : this.failed(e.message)));
  }

  setBounds(name: string, low: number, high: number): void {
    this.channelBounds = { ...this.channelBounds, [name]: [low, high] };
    void this.run();
  }

  toggleLock(name: string): void {
    this.locked = this.locked.includes(name) ? this.locked.filter((n) => n !== name) : [...this.locked, name];
    void this.run();
  }
}
