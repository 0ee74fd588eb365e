// Rune state of the experiment view: chosen dataset and options, and the analysis from the worker.
import type { Remote } from 'comlink';
import type { EngineApi } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { ExperimentOutcome } from '../../lib/experiments/view';
import type { Correction } from '../../lib/experiments/multiple';
import { readHash, writeHash } from './hash';

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
    this.running = true;
    try {
      this.outcome = await this.#engine().experiment(this.datasetId, { metric: this.metric, control: this.control, alpha: this.alpha, correction: this.correction, plannedPerArm: this.plannedPerArm });
      this.error = null;
    } catch (e) {
      this.error = locale.t.status.analysisFailed((e as Error).message);
    } finally {
      this.running = false;
    }
  }
}
