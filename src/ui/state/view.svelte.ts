// The base of the four views (attribution, A/B test, budget, KPIs): it asks the worker for an outcome, keeps only
// the newest answer, and knows which data that answer was computed for. When the data changes the outcome is
// stale: it reads as null, and an open view computes again by itself. Nothing outside has to notice or signal.
import { untrack } from 'svelte';
import type { Engine } from '../../worker/client';
import type { DatasetEntry } from '../../worker/api';
import { Latest } from './latest';
import { statedCode } from '../../lib/ingest/currency';
import { workspaceCurrency } from './currency.svelte';
import { STUCK_MS } from './workbench.svelte';

/** What a view reads from the workbench: the datasets, and a version per dataset that changes with its data. */
export interface DataSource {
  readonly datasets: readonly DatasetEntry[];
  versionOf(id: string): number;
}

export interface ViewOptions {
  /** The engine in its worker, started on first use. */
  engine: () => Engine;
  /** The workbench. */
  data: DataSource;
  /** Whether the view is on screen; it computes by itself only then. @default () => true */
  open?: () => boolean;
  /**
   * Replaces a worker that does not answer a Cancel (a model has no pause inside it): the workbench's replaceEngine,
   * which keeps the loaded datasets. None in tests that do not exercise it.
   */
  replace?: () => unknown;
  /** How long a cancelled computation may take to answer before its worker is replaced. @default STUCK_MS (the workbench's, for loads) */
  stuckMs?: number;
}

let jobs = 0;

/** A dataset as a key part: its id and the version of its data. */
export const versioned = (data: DataSource, id: string): string => `${id}@${data.versionOf(id)}`;

/** The user's choice while it is still a candidate, else the first candidate (null when there is none). */
export function chosenOf(chosen: string | null, candidates: readonly { id: string }[]): string | null {
  return chosen !== null && candidates.some((d) => d.id === chosen) ? chosen : (candidates[0]?.id ?? null);
}

/** The currency of a file's money: the one it states, else the workspace's (a file in two is refused by the engine). */
export const moneyCode = (entry: DatasetEntry | undefined): string => (entry ? statedCode(entry.currency) : null) ?? workspaceCurrency.code;

/** The data key of a view that reads one dataset: its id and version, or null without one. */
export const keyOfOne = (data: DataSource, id: string | null): string | null => (id === null ? null : versioned(data, id));

/**
 * Running, error and outcome of one view, and `run()`. Subclasses say which data the outcome depends on (`dataKey`)
 * and how to compute it. Construct it where effects may be created (a component's script, or `$effect.root`):
 * the view watches its own key.
 */
export abstract class ViewState<T> {
  /** The last failure, as a sentence in the UI's language; cleared by the next answer. */
  error = $state<string | null>(null);
  /** How far the running computation is (0–1), when it reports; null otherwise. */
  runProgress = $state<number | null>(null);
  /** True after the user stopped a computation: the view then waits for run() instead of computing by itself. */
  stopped = $state(false);
  #replace?: () => unknown;
  #stuckMs: number;
  /** The running computation's job id (for engine.cancel) and its answer, while it runs. */
  #job: { id: string; answer: Promise<unknown> } | null = null;
  /** The job id compute() took last (job()); null when it took none. */
  #lastJob: string | null = null;
  protected readonly engine: () => Engine;
  protected readonly data: DataSource;
  #answer = $state.raw<{ key: string; outcome: T } | null>(null);
  /** Key of the newest request still on its way. */
  #pending = $state<string | null>(null);
  /** Key of the newest request made: the view asks again by itself only when its key moves away from this. */
  #asked: string | null = null;
  #latest = new Latest();
  /** The data the view answers for now. */
  #key = $derived.by(() => this.dataKey);
  /** Whether there is data to compute for and no answer for it yet (none so far, or the data changed since). */
  readonly stale = $derived(this.#key !== null && this.#answer?.key !== this.#key);

  constructor(options: ViewOptions) {
    this.engine = options.engine;
    this.data = options.data;
    this.#replace = options.replace;
    this.#stuckMs = options.stuckMs ?? STUCK_MS;
    const open = options.open ?? (() => true);
    $effect(() => {
      const key = this.#key;
      // run() reads the settings; they are not this effect's business (changing one runs explicitly).
      if (open() && key !== null && key !== this.#asked && !this.stopped) untrack(() => void this.run());
    });
  }

  /** The data (dataset ids and versions) the outcome depends on; null when there is nothing to compute. */
  protected abstract get dataKey(): string | null;
  /** Asks the worker for the outcome with the current settings. */
  protected abstract compute(engine: Engine): Promise<T>;
  /** The error sentence for a failed computation. */
  protected abstract failed(message: string): string;
  /** Keeps the settings in the page address; called at each run. */
  protected remember(): void {}
  /** Called with each outcome as it is taken. */
  protected took(_outcome: T): void {}

  /** The answer for the data as it is now; null before the first answer and while the data changed since. */
  get outcome(): T | null {
    const answer = this.#answer;
    return answer !== null && answer.key === this.#key ? answer.outcome : null;
  }

  /** Whether an answer for the data as it is now is on its way. */
  get running(): boolean {
    return this.#pending !== null && this.#pending === this.#key;
  }

  /** Computes the outcome with the current settings. */
  run(): Promise<void> {
    if (this.#key === null) return Promise.resolve();
    this.stopped = false;
    this.remember();
    return this.settle(() => this.compute(this.engine()));
  }

  /**
   * A job id for engine calls that take one (to cancel them), and a progress callback for them; compute() calls it
   * once per computation. The progress shows while this job is the newest.
   */
  protected job(): { id: string; onProgress: (p: { done: number; total?: number }) => void } {
    const id = `view-${++jobs}`;
    this.#lastJob = id;
    this.runProgress = null;
    return { id, onProgress: (p) => {
      if (this.#job?.id === id) this.runProgress = p.total ? p.done / p.total : p.done;
    } };
  }

  /**
   * Stops the running computation: its answer is dropped, the engine is asked to stop (models stop between
   * steps), and a worker that has not answered `stuckMs` later is replaced. The view then waits for run().
   */
  cancel(): void {
    const job = this.#job;
    if (!this.running) return;
    this.stopped = true;
    this.#latest.begin();
    this.#pending = null;
    this.#job = null;
    this.runProgress = null;
    if (!job) return;
    if (job.id) void this.engine().cancel(job.id);
    const replace = this.#replace;
    if (!replace) return;
    let answered = false;
    void job.answer.finally(() => (answered = true));
    setTimeout(() => {
      if (!answered) replace();
    }, this.#stuckMs);
  }

  /**
   * Waits for `answer` and takes it, unless a newer request started meanwhile or the data changed (then the
   * answer is for something no longer on screen and is dropped, failures included).
   */
  protected async settle(answer: () => Promise<T>, onError = (e: Error) => this.failed(e.message)): Promise<void> {
    const key = this.#key;
    if (key === null) return;
    const current = this.#latest.begin();
    this.#asked = key;
    this.#pending = key;
    try {
      this.#lastJob = null;
      const promise = answer();
      this.#job = { id: this.#lastJob ?? '', answer: promise.catch(() => undefined) };
      const outcome = await promise;
      if (!current() || key !== this.#key) return;
      this.#answer = { key, outcome };
      this.error = null;
      this.took(outcome);
    } catch (e) {
      if (current() && key === this.#key) this.error = onError(e as Error);
    } finally {
      if (current()) {
        this.#pending = null;
        this.#job = null;
        this.runProgress = null;
      }
    }
  }
}
