// Rune state of the attribution view: chosen dataset, options, results, and live custom weights.
import type { Remote } from 'comlink';
import type { EngineApi } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { AttributionResult, ModelCredit } from '../../lib/attribution/attribute';
import type { PathStats } from '../../lib/attribution/path-stats';
import { MODEL_NAMES, type Level, type ModelName, type PositionWeights } from '../../lib/attribution/types';
import { decodePreset, encodePreset } from '../../lib/attribution/preset';
import { readHash, writeHash } from './hash';
import { Latest } from './latest';

export type Metric = 'conversions' | 'value' | 'share';

export class AttributionState {
  datasetId = $state<string | null>(null);
  level = $state<Level>('channel');
  halfLifeDays = $state(7);
  lookbackDays = $state<number | null>(null);
  markovOrder = $state<1 | 2 | 3 | 4>(1);
  metric = $state<Metric>('conversions');
  baseline = $state<ModelName>('last');
  /** Equal position weights reproduce the linear model. */
  weights = $state<PositionWeights>({ first: 50, middle: 50, last: 50 });
  typeWeights = $state<Record<string, number>>({});
  result = $state<(AttributionResult & { customKeys: string[]; paths: PathStats }) | null>(null);
  /** Custom-model credit for the current weights (updated while sliders move). */
  custom = $state<ModelCredit | null>(null);
  running = $state(false);
  error = $state<string | null>(null);
  #engine: () => Remote<EngineApi>;
  #latest = new Latest();
  #customBusy = false;
  #customAgain = false;

  constructor(engine: () => Remote<EngineApi>) {
    this.#engine = engine;
    const hash = readHash();
    const custom = hash.get('custom');
    if (custom) this.applyPreset(custom);
    // The other settings of the view, as `attr=level,halfLife,lookback,order,metric,baseline`.
    const [level, half, lookback, order, metric, baseline] = (hash.get('attr') ?? '').split(',');
    if (level === 'channel' || level === 'campaign' || level === 'touch_type') this.level = level;
    if (Number(half) > 0) this.halfLifeDays = Number(half);
    if (Number(lookback) > 0) this.lookbackDays = Number(lookback);
    if (['1', '2', '3', '4'].includes(order)) this.markovOrder = Number(order) as 1 | 2 | 3 | 4;
    if (metric === 'conversions' || metric === 'value' || metric === 'share') this.metric = metric;
    if (baseline && (MODEL_NAMES as readonly string[]).includes(baseline)) this.baseline = baseline as ModelName;
  }

  /** Keeps the view's settings (never data) in the page address. */
  remember(): void {
    writeHash('attr', [this.level, this.halfLifeDays, this.lookbackDays ?? '', this.markovOrder, this.metric, this.baseline].join(','));
  }

  /** The custom weights as text (for the URL hash and saved presets). */
  get preset(): string {
    return encodePreset({ weights: this.weights, typeWeights: this.typeWeights });
  }

  /** Sets the custom weights from preset text and recomputes the custom model. */
  applyPreset(text: string): void {
    const p = decodePreset(text);
    this.weights = p.weights;
    this.typeWeights = p.typeWeights;
    void this.updateCustom();
  }

  /** Runs every model with the current options in the worker. */
  async run(): Promise<void> {
    if (!this.datasetId) return;
    this.remember();
    const current = this.#latest.begin();
    this.running = true;
    try {
      const result = await this.#engine().attribute(this.datasetId, {
        level: this.level, halfLifeDays: this.halfLifeDays, lookbackDays: this.lookbackDays, markovOrder: this.markovOrder,
        weights: $state.snapshot(this.weights), typeWeights: $state.snapshot(this.typeWeights),
      });
      if (!current()) return;
      this.result = result;
      this.custom = result.models.custom ?? null;
      this.error = null;
    } catch (e) {
      if (current()) this.error = locale.t.status.attributionFailed((e as Error).message);
    } finally {
      if (current()) this.running = false;
    }
  }

  /** The data changed: forget the result and any answer still on its way, so the view runs again. */
  invalidate(): void {
    this.#latest.drop();
    this.result = null;
    this.running = false;
  }

  /** Recomputes only the custom model; while one recompute runs, the latest weights wait for the next. */
  async updateCustom(): Promise<void> {
    if (!this.datasetId || !this.result) return;
    writeHash('custom', this.preset);
    if (this.#customBusy) {
      this.#customAgain = true;
      return;
    }
    this.#customBusy = true;
    try {
      do {
        this.#customAgain = false;
        this.custom = await this.#engine().custom(this.datasetId, $state.snapshot(this.weights), $state.snapshot(this.typeWeights));
      } while (this.#customAgain);
    } finally {
      this.#customBusy = false;
    }
  }

  /** Credit of a model for the chosen metric, with the live custom weights. */
  credit(model: ModelName): number[] | null {
    const c = model === 'custom' ? this.custom : this.result?.models[model];
    if (!c) return null;
    if (this.metric === 'share') {
      const total = this.result?.conversions ?? 0;
      return c.conversions.map((x) => (total > 0 ? x / total : 0));
    }
    return this.metric === 'value' ? c.value : c.conversions;
  }
}
