// Rune state of the experiment view: chosen dataset and options, and the analysis from the worker.
import type { Engine } from '../../worker/client';
import type { DatasetEntry } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { ExperimentOutcome } from '../../lib/experiments/view';
import type { Correction } from '../../lib/experiments/multiple';
import { hashCodec, numberWhere, oneOf, orNone } from './codec';
import { readHash, writeHashEntries } from './hash';
import { ViewState, chosenOf, keyOfOne, moneyCode, type ViewOptions } from './view.svelte';

/** The view's settings kept in the page address. */
export interface ExperimentSettings {
  alpha: number;
  correction: Correction;
  /** Users per arm the test was planned for (optional): reading it earlier gets a peeking warning. */
  plannedPerArm: number | null;
  /** The smallest relative lift worth having (0.05 = +5%); null: the planner's effect. */
  worthwhile: number | null;
}

export const defaultExperimentSettings: Readonly<ExperimentSettings> = Object.freeze({ alpha: 0.05, correction: 'holm', plannedPerArm: null, worthwhile: null });

/** `ab.alpha=0.1&ab.correction=bh&ab.plannedPerArm=5000`; old links: `ab=alpha,correction,planned`. */
export const experimentHash = hashCodec<ExperimentSettings>('ab', {
  alpha: numberWhere((n) => n > 0 && n < 1),
  correction: oneOf<Correction>(['holm', 'bh']),
  plannedPerArm: orNone(numberWhere((n) => n > 0)),
  worthwhile: orNone(numberWhere((n) => n > 0 && n < 10)),
}, defaultExperimentSettings, ['alpha', 'correction', 'plannedPerArm']);

/** Datasets the analysis runs on: A/B tests (per variant or per user) whose columns are mapped. */
export const isTestDataset = (d: DatasetEntry): boolean => (d.kind === 'experiment' || d.kind === 'experiment_users') && !d.mappingProblem;

export class ExperimentState extends ViewState<ExperimentOutcome> {
  metric = $state<string | undefined>(undefined);
  control = $state<string | undefined>(undefined);
  alpha = $state(defaultExperimentSettings.alpha);
  correction = $state(defaultExperimentSettings.correction);
  /** Users per arm the test was planned for (optional): reading it earlier gets a peeking warning. */
  plannedPerArm = $state(defaultExperimentSettings.plannedPerArm);
  /** The smallest relative lift worth having as typed (null: the planner's). */
  worthwhile = $state(defaultExperimentSettings.worthwhile);
  /** The planner's minimum effect as a relative lift: the default of `worthwhile`. */
  plannedLift = $state(0.05);
  /** The A/B test datasets to choose from. */
  readonly tests = $derived(this.data.datasets.filter(isTestDataset));
  #chosen = $state<string | null>(null);

  constructor(options: ViewOptions) {
    super(options);
    this.settings = experimentHash.read(readHash());
  }

  /** The chosen test; the first one until the user chooses, or when the chosen one is gone. */
  get datasetId(): string | null {
    return chosenOf(this.#chosen, this.tests);
  }

  set datasetId(id: string | null) {
    this.#chosen = id;
  }

  protected get dataKey(): string | null {
    return keyOfOne(this.data, this.datasetId);
  }

  /** The currency of the chosen file's money. */
  get currency(): string {
    return moneyCode(this.tests.find((d) => d.id === this.datasetId));
  }

  get settings(): ExperimentSettings {
    return { alpha: this.alpha, correction: this.correction, plannedPerArm: this.plannedPerArm, worthwhile: this.worthwhile };
  }

  set settings(s: ExperimentSettings) {
    ({ alpha: this.alpha, correction: this.correction, plannedPerArm: this.plannedPerArm, worthwhile: this.worthwhile } = s);
  }

  /** The margin the verdicts use: the typed one, else the planner's. */
  get margin(): number {
    return this.worthwhile ?? this.plannedLift;
  }

  protected remember(): void {
    writeHashEntries(experimentHash.entries(this.settings));
  }

  protected compute(engine: Engine): Promise<ExperimentOutcome> {
    return engine.experiment(this.datasetId as string, { metric: this.metric, control: this.control, alpha: this.alpha, correction: this.correction, plannedPerArm: this.plannedPerArm, worthwhile: this.margin });
  }

  protected failed(message: string): string {
    return locale.t.status.analysisFailed(message);
  }
}
