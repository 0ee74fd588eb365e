// The workbench's rune state: loaded datasets, loads in progress, file errors. Talks to the worker only.
import type { DatasetKind, Delimiter, Encoding, Mapping } from '../../lib/types';
import type { DatasetEntry, EngineApi, LoadResponse } from '../../worker/api';
import type { Progress, RememberedMapping } from '../../lib/ingest/load';
import type { Remote } from 'comlink';
import { proxy } from 'comlink';
import { loadRemembered, saveRemembered } from './remembered';

export interface Job { id: string; file: string; progress: Progress | null }
export interface FileError { id: number; file: string; message: string }

let jobCounter = 0;
let errorCounter = 0;

export class Workbench {
  datasets = $state<DatasetEntry[]>([]);
  jobs = $state<Job[]>([]);
  errors = $state<FileError[]>([]);
  notices = $state<string[]>([]);
  selectedId = $state<string | null>(null);
  /** Goes up whenever a dataset is added, changed or removed: views computed from datasets are stale then. */
  revision = $state(0);
  #engine: () => Remote<EngineApi>;

  constructor(engine: () => Remote<EngineApi>) {
    this.#engine = engine;
  }

  get selected(): DatasetEntry | null {
    return this.datasets.find((d) => d.id === this.selectedId) ?? null;
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  #startJob(file: string): Job {
    const job: Job = { id: `job${++jobCounter}`, file, progress: null };
    this.jobs.push(job);
    return job;
  }

  #progress(jobId: string) {
    return proxy((p: Progress) => {
      const job = this.jobs.find((j) => j.id === jobId);
      if (job) job.progress = p;
    });
  }

  #endJob(jobId: string) {
    this.jobs = this.jobs.filter((j) => j.id !== jobId);
  }

  #take(response: LoadResponse, replaceId?: string) {
    if (!response.ok) {
      if (response.problem.code === 'cancelled') this.notices.push(response.problem.message);
      else this.errors.push({ id: ++errorCounter, file: response.file, message: response.problem.message });
      return;
    }
    const entry = response.entry;
    this.revision++;
    const at = this.datasets.findIndex((d) => d.id === (replaceId ?? entry.id));
    if (at >= 0) this.datasets[at] = entry;
    else this.datasets.push(entry);
    this.selectedId ??= entry.id;
  }

  /** Loads files one after another in the worker; each failure is reported and loses nothing. */
  async addFiles(files: readonly File[]): Promise<void> {
    const remembered: Record<string, RememberedMapping> = loadRemembered();
    for (const file of files) {
      const job = this.#startJob(file.name);
      try {
        this.#take(await this.#engine().load(job.id, file.name, file, { remembered }, this.#progress(job.id)));
      } catch (e) {
        this.errors.push({ id: ++errorCounter, file: file.name, message: `${file.name} could not be read: ${(e as Error).message}` });
      } finally {
        this.#endJob(job.id);
      }
    }
  }

  async loadExample(): Promise<void> {
    const job = this.#startJob('example data');
    try {
      for (const r of await this.#engine().loadExample(this.#progress(job.id))) this.#take(r);
    } finally {
      this.#endJob(job.id);
    }
  }

  cancel(jobId: string): void {
    void this.#engine().cancel(jobId);
  }

  async remove(id: string): Promise<void> {
    await this.#engine().remove(id);
    this.datasets = this.datasets.filter((d) => d.id !== id);
    this.revision++;
    if (this.selectedId === id) this.selectedId = this.datasets[0]?.id ?? null;
  }

  /** Applies the user's kind and column roles and remembers them for files with the same headers. */
  async remap(id: string, kind: DatasetKind, mapping?: Mapping): Promise<void> {
    const entry = await this.#engine().remap(id, kind, mapping ? [...mapping] : undefined);
    this.#take({ ok: true, entry });
    saveRemembered(entry.headerKey, { kind: entry.kind, mapping: entry.columns.map((c) => c.role) });
  }

  /** Reads a file again with another encoding or delimiter. */
  async reload(id: string, request: { encoding?: Encoding; delimiter?: Delimiter }): Promise<void> {
    const entry = this.datasets.find((d) => d.id === id);
    const job = this.#startJob(entry?.file ?? id);
    try {
      this.#take(await this.#engine().reload(id, job.id, request, this.#progress(job.id)), id);
    } finally {
      this.#endJob(job.id);
    }
  }

  dismissError(id: number): void {
    this.errors = this.errors.filter((e) => e.id !== id);
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
