// Rune state of the attribution view: chosen dataset, options, results, and live custom weights.
import { progress, type Engine } from '../../worker/client';
import type { DatasetEntry } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { ModelCredit } from '../../lib/attribution/attribute';
import type { AttributionView } from '../../lib/attribution/view';
import { MARKOV_STATES, MODEL_NAMES, type Level, type MarkovStates, type ModelName, type PositionWeights } from '../../lib/attribution/types';
import { decodePreset, encodePreset } from '../../lib/attribution/preset';
import { hashCodec, numberWhere, oneOf, oneOfNumbers, orNone } from './codec';
import { readHash, writeHash, writeHashEntries } from './hash';
import { SpendState } from './spend.svelte';
import { ViewState, chosenOf, keyOfOne, moneyCode, type ViewOptions } from './view.svelte';

export type Metric = 'conversions' | 'value' | 'share';

/** The view's settings kept in the page address. */
export interface AttributionSettings {
  level: Level;
  /** Half-life of the time-decay model. */
  halfLifeDays: number;
  /** Touches older than this before a conversion are left out; null keeps every touch. */
  lookbackDays: number | null;
  markovOrder: 1 | 2 | 3 | 4;
  /** How the chain's states are formed at orders 2–4: Mittari's or ChannelAttribution's. */
  markovStates: MarkovStates;
  metric: Metric;
  /** The model the others are compared with. */
  baseline: ModelName;
}

export const defaultAttributionSettings: Readonly<AttributionSettings> = Object.freeze({
  level: 'channel', halfLifeDays: 7, lookbackDays: null, markovOrder: 1, markovStates: 'mittari', metric: 'conversions', baseline: 'last',
});

/** `attr.level=campaign&attr.order=2...`; old links: `attr=level,halfLife,lookback,order,metric,baseline`. */
export const attributionHash = hashCodec<AttributionSettings>('attr', {
  level: oneOf<Level>(['channel', 'campaign', 'touch_type']),
  halfLifeDays: numberWhere((n) => n > 0),
  lookbackDays: orNone(numberWhere((n) => n > 0)),
  markovOrder: oneOfNumbers<1 | 2 | 3 | 4>([1, 2, 3, 4]),
  markovStates: oneOf<MarkovStates>(MARKOV_STATES),
  metric: oneOf<Metric>(['conversions', 'value', 'share']),
  baseline: oneOf<ModelName>(MODEL_NAMES),
}, defaultAttributionSettings, ['level', 'halfLifeDays', 'lookbackDays', 'markovOrder', 'metric', 'baseline']);

/** Datasets the models can run on: journeys (touchpoints or a path table) whose columns are mapped. */
export const isJourneyDataset = (d: DatasetEntry): boolean => (d.kind === 'touchpoints' || d.kind === 'paths') && !d.mappingProblem;

export class AttributionState extends ViewState<AttributionView> {
  level = $state(defaultAttributionSettings.level);
  halfLifeDays = $state(defaultAttributionSettings.halfLifeDays);
  lookbackDays = $state(defaultAttributionSettings.lookbackDays);
  markovOrder = $state(defaultAttributionSettings.markovOrder);
  markovStates = $state(defaultAttributionSettings.markovStates);
  metric = $state(defaultAttributionSettings.metric);
  baseline = $state(defaultAttributionSettings.baseline);
  /** Equal position weights reproduce the linear model. */
  weights = $state<PositionWeights>({ first: 50, middle: 50, last: 50 });
  typeWeights = $state<Record<string, number>>({});
  /** Custom-model credit for the current weights (updated while sliders move). */
  custom = $state<ModelCredit | null>(null);
  /** The journey datasets to choose from. */
  readonly journeySets = $derived(this.data.datasets.filter(isJourneyDataset));
  /** The spend for the cost table: the file sharing most channels with these journeys, over their dates. */
  readonly spend: SpendState;
  #chosen = $state<string | null>(null);
  #customBusy = false;
  #customAgain = false;

  constructor(options: ViewOptions) {
    super(options);
    this.spend = new SpendState(options, this);
    const hash = readHash();
    const custom = hash.get('custom');
    if (custom) this.applyPreset(custom);
    this.settings = attributionHash.read(hash);
  }

  /** The chosen journey dataset; the first one until the user chooses, or when the chosen one is gone. */
  get datasetId(): string | null {
    return chosenOf(this.#chosen, this.journeySets);
  }

  set datasetId(id: string | null) {
    this.#chosen = id;
  }

  protected get dataKey(): string | null {
    return keyOfOne(this.data, this.datasetId);
  }

  /** The currency of the journeys' conversion value. */
  get currency(): string {
    return moneyCode(this.journeySets.find((d) => d.id === this.datasetId));
  }

  get settings(): AttributionSettings {
    const { level, halfLifeDays, lookbackDays, markovOrder, markovStates, metric, baseline } = this;
    return { level, halfLifeDays, lookbackDays, markovOrder, markovStates, metric, baseline };
  }

  set settings(s: AttributionSettings) {
    ({ level: this.level, halfLifeDays: this.halfLifeDays, lookbackDays: this.lookbackDays, markovOrder: this.markovOrder, markovStates: this.markovStates, metric: this.metric, baseline: this.baseline } = s);
  }

  /** Keeps the view's settings (never data) in the page address. */
  remember(): void {
    writeHashEntries(attributionHash.entries(this.settings));
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

  protected compute(engine: Engine): Promise<AttributionView> {
    const job = this.job();
    return engine.attribute(this.datasetId as string, {
      level: this.level, halfLifeDays: this.halfLifeDays, lookbackDays: this.lookbackDays, markovOrder: this.markovOrder, markovStates: this.markovStates,
      weights: $state.snapshot(this.weights), typeWeights: $state.snapshot(this.typeWeights),
    }, job.id, progress(job.onProgress));
  }

  protected failed(message: string): string {
    return locale.t.status.attributionFailed(message);
  }

  protected took(view: AttributionView): void {
    this.custom = view.models.custom ?? null;
  }

  /** Recomputes only the custom model; while one recompute runs, the latest weights wait for the next. */
  async updateCustom(): Promise<void> {
    if (!this.datasetId || !this.outcome) return;
    writeHash('custom', this.preset);
    if (this.#customBusy) {
      this.#customAgain = true;
      return;
    }
    this.#customBusy = true;
    try {
      do {
        this.#customAgain = false;
        this.custom = await this.engine().custom(this.datasetId, $state.snapshot(this.weights), $state.snapshot(this.typeWeights));
      } while (this.#customAgain);
    } finally {
      this.#customBusy = false;
    }
  }

  /** Credit of a model for the chosen metric, with the live custom weights. */
  credit(model: ModelName): number[] | null {
    const result = this.outcome;
    const c = model === 'custom' ? this.custom : result?.models[model];
    if (!c) return null;
    if (this.metric === 'share') {
      const total = result?.conversions ?? 0;
      return c.conversions.map((x) => (total > 0 ? x / total : 0));
    }
    return this.metric === 'value' ? c.value : c.conversions;
  }
}
