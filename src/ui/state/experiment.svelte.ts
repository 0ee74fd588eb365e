// Rune state of the experiment view: chosen dataset and options, and the analysis from the worker.
import type { Remote } from 'comlink';
import type { EngineApi } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { ExperimentOutcome } from '../../lib/experiments/view';
import type { Correction } from '../../lib/experiments/multiple';
import { readHash, writeHash } from './hash';
import { Latest } from './latest';

export class ExperimentState {
  datasetId = $state<string | null>(null);
  metric = $state<string | undefined>(undefined);
  control = $state<string | undefined>(undefined);
  alpha = $state(0.05);
  correction = $state<Correction>('holm');
  /** Users per arm the test was planned for (optional): reading it earlier gets a peeking warning. */
  plannedPerArm = $state<number | null>(null);
  outcome = $state<ExperimentOutcome | null>(null);
  running = $state(false);
  error = $state<string | null>(null);
  #engine: () => Remote<EngineApi>;
  #latest = new Latest();

  constructor(engine: () => Remote<EngineApi>) {
    this.#engine = engine;
    // `ab=alpha,correction,planned`
    const [alpha, correction, planned] = (readHash().get('ab') ?? '').split(',');
    if (Number(alpha) > 0 && Number(alpha) < 1) this.alpha = Number(alpha);
    if (correction === 'holm' || correction === 'bh') this.correction = correction;
    if (Number(planned) > 0) this.plannedPerArm = Number(planned);
  }

  async run(): Promise<void> {
    if (!this.datasetId) return;
    writeHash('ab', [this.alpha, this.correction, this.plannedPerArm ?? ''].join(','));
    const current = this.#latest.begin();
    this.running = true;
    try {
      const outcome = await this.#engine().experiment(this.datasetId, { metric: this.metric, control: this.control, alpha: this.alpha, correction: this.correction, plannedPerArm: this.plannedPerArm });
      if (!current()) return;
      this.outcome = outcome;
      this.error = null;
    } catch (e) {
      if (current()) this.error = locale.t.status.analysisFailed((e as Error).message);
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
