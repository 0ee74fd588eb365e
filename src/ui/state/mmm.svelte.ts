// Rune state of the "Mix model" part of Budget: which weekly dataset, the allocation settings, the fit's progress and
// its cancel, and the worker's answer. Changing the allocation asks again; the engine keeps the fit, so only the
// allocation is computed anew.
import { progress, type Engine } from '../../worker/client';
import type { DatasetEntry } from '../../worker/api';
import type { MmmAllocationOptions, MmmBudgetMode } from '../../lib/mmm/allocate';
import type { LiftTest, MmmProgress } from '../../lib/mmm/types';
import type { AbLift } from '../../lib/mmm/calibrate';
import { isTestDataset } from './experiment.svelte';
import type { MmmOutcome } from '../../lib/mmm/view';
import { locale } from '../i18n/locale.svelte';
import { ViewState, chosenOf, keyOfOne, moneyCode, type ViewOptions } from './view.svelte';

/** Weekly marketing-mix datasets whose columns are mapped. */
export const isMixDataset = (d: DatasetEntry): boolean => d.kind === 'marketing_mix' && !d.mappingProblem;

export type BudgetPart = 'attribution' | 'mmm';
export type MmmModeKind = MmmBudgetMode['kind'];

let jobs = 0;

export class MmmState extends ViewState<MmmOutcome> {
  /** The weekly datasets to choose from. */
  readonly datasets = $derived(this.data.datasets.filter(isMixDataset));
  #chosen = $state<string | null>(null);
  #part = $state<BudgetPart | null>(null);
  mode = $state<MmmModeKind>('budget');
  /** Weekly budget; null is the sum of the channels' mean weekly spend. */
  weekly = $state<number | null>(null);
  targetMroi = $state(1);
  targetRoas = $state(2);
  low = $state(0.5);
  high = $state(2);
  seed = $state(1);
  /** Lift tests the fit is calibrated with. */
  lifts = $state<LiftTest[]>([]);
  /** The running fit's progress; null when none runs. */
  progress = $state<MmmProgress | null>(null);
  #job: string | null = null;

  constructor(options: ViewOptions) {
    const open = options.open ?? (() => true);
    let self: MmmState | undefined;
    super({ ...options, open: () => open() && self?.part === 'mmm' });
    self = this;
  }

  /** Which budget the Budget view shows: the user's choice; until then the mix model when there is weekly data. */
  get part(): BudgetPart {
    return this.#part ?? (this.datasets.length > 0 ? 'mmm' : 'attribution');
  }

  set part(p: BudgetPart) {
    this.#part = p;
  }

  /** The chosen dataset; the first one until the user chooses, or when the chosen one is gone. */
  get datasetId(): string | null {
    return chosenOf(this.#chosen, this.datasets);
  }

  set datasetId(id: string | null) {
    this.#chosen = id;
  }

  protected get dataKey(): string | null {
    return keyOfOne(this.data, this.datasetId);
  }

  /** The currency of the chosen file's money. */
  get currency(): string {
    return moneyCode(this.datasets.find((d) => d.id === this.datasetId));
  }

  /** The allocation settings as the engine takes them. */
  get allocation(): Partial<MmmAllocationOptions> {
    const mode: MmmBudgetMode = this.mode === 'budget' ? { kind: 'budget', ...(this.weekly !== null && this.weekly > 0 ? { weekly: this.weekly } : {}) }
      : { kind: this.mode, target: this.mode === 'mroi' ? this.targetMroi : this.targetRoas };
    return { mode, bounds: [this.low, this.high] };
  }

  protected async compute(engine: Engine): Promise<MmmOutcome> {
    const job = `mmm-${++jobs}`;
    this.#job = job;
    // No bar until the engine reports: a new budget on a kept fit answers in milliseconds and reports nothing.
    this.progress = null;
    try {
      return await engine.mmm(job, this.datasetId as string, { seed: this.seed, allocation: this.allocation, lifts: $state.snapshot(this.lifts) }, progress((p: MmmProgress) => {
        if (this.#job === job) this.progress = p;
      }));
    } finally {
      if (this.#job === job) {
        this.#job = null;
        this.progress = null;
      }
    }
  }

  /** Whether the last answer is a cancelled fit (the engine answers `mmm.cancelled`). */
  get wasCancelled(): boolean {
    const o = this.outcome;
    return o !== null && !o.ok && o.reason.key === 'mmm.cancelled';
  }

  /** Stops the running fit: the engine answers `mmm.cancelled`, and the view offers to fit again. */
  cancel(): void {
    const job = this.#job;
    if (job === null) return;
    void this.engine().cancel(job);
  }

  /** Adds a lift test and fits again. */
  addLift(test: LiftTest): void {
    this.lifts = [...this.lifts, test];
    void this.run();
  }

  /** Removes the lift test at `index` and fits again (the fit without it is usually kept by the engine). */
  removeLift(index: number): void {
    this.lifts = this.lifts.filter((_, i) => i !== index);
    void this.run();
  }

  /** The A/B tests loaded, to take a lift test's numbers from. */
  get abTests(): DatasetEntry[] {
    return this.data.datasets.filter(isTestDataset);
  }

  /** A lift test's numbers (and dates, when the test has them) from an A/B test's first variant against control. */
  liftFromAb(testId: string): Promise<AbLift> {
    return this.engine().abLift(testId);
  }

  protected failed(message: string): string {
    return locale.t.mmm.failed(message);
  }
}
