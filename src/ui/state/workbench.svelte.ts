// The workbench's rune state: loaded datasets, loads in progress, file errors. Talks to the worker only.
import type { DatasetKind, Delimiter, Encoding, Mapping } from '../../lib/types';
import type { DatasetEntry, LoadRequest, LoadResponse } from '../../worker/api';
import { progress, type Engine } from '../../worker/client';
import type { Progress, RememberedMapping } from '../../lib/ingest/load';
import type { Reconciliation } from '../../lib/quality/reconcile';
import { english, type Msg } from '../../lib/messages';
import { locale } from '../i18n/locale.svelte';
import { forgetRemembered, loadAliases, loadRemembered, saveAliases, saveRemembered } from './remembered';
import { canPersist, clearFiles, deleteFile, listFiles, saveFile, updateFile, type SavedFile } from './persist';

export interface Job { id: string; file: string; progress: Progress | null }
/** A file that was not loaded: the engine's sentence (`msg`, shown in the UI's language) or a plain message. */
export interface FileError { id: number; file: string; message: string; msg?: Msg }

let jobCounter = 0;
let errorCounter = 0;

/** How long a cancelled load may take to answer before its worker counts as stuck: loads yield every ~15 ms. */
export const STUCK_MS = 5_000;

/** Thrown into the calls still waiting on a worker that was replaced. */
class EngineReplaced extends Error {}

/** What a dataset was loaded from, so a fresh worker can read it again. */
/** Where a dataset came from: a file (and the member of a zip read from it), or the example data. */
type Source = { file: File; member?: string } | { example: string };

export class Workbench {
  datasets = $state<DatasetEntry[]>([]);
  jobs = $state<Job[]>([]);
  errors = $state<FileError[]>([]);
  notices = $state<string[]>([]);
  selectedId = $state<string | null>(null);
  /** False until the files of the last visit are back (or there were none): the page is not settled before. */
  restored = $state(false);
  #engine: () => Engine;
  /** Replaces a stuck worker (client.ts restartEngine); none in tests that do not exercise it. */
  #restart?: () => void;
  /** Where each dataset came from, by id. */
  #sources = new Map<string, Source>();
  /** Rejects the calls still waiting on the worker when it is replaced. */
  #replaced!: Promise<never>;
  #reject!: (e: Error) => void;
  /** Dataset id -> version of its data: a view computed from a dataset is stale once its version moved. */
  #versions = $state<Record<string, number>>({});
  #revision = 0;
  /** Dataset id (this session's) -> key of its saved file (stable across reloads). */
  #saved = new Map<string, string>();
  #order = 0;
  /** Workspace writes, one after another: an update must never read the store before the file's first save. */
  #writes: Promise<unknown> = Promise.resolve();
  /** Workspace writes not finished yet. */
  #pending = $state(0);

  #stuckMs: number;

  constructor(engine: () => Engine, restart?: () => void, stuckMs = STUCK_MS) {
    this.#engine = engine;
    this.#restart = restart;
    this.#stuckMs = stuckMs;
    this.#arm();
  }

  /** True once this worker has the merged channel names (sent before the first load, when there are any). */
  #aliasesSent = false;

  /**
   * Gives a new worker the merged names the user chose before. Nothing to send: no call and null, so a load with
   * nothing merged starts at once (its job is listed before the first await).
   */
  #sendAliases(): Promise<unknown> | null {
    if (this.#aliasesSent) return null;
    this.#aliasesSent = true;
    const pairs = loadAliases();
    return pairs.length > 0 ? this.#call(this.#engine().setAliases(pairs)) : null;
  }

  /** Calls every name of `names` `into` from now on, in every dataset loaded and to come; remembered. */
  async mergeNames(names: readonly string[], into: string): Promise<void> {
    const pairs = saveAliases(names, into);
    this.#aliasesSent = true;
    for (const entry of await this.#call(this.#engine().setAliases(pairs))) this.#take({ ok: true, entry });
  }

  #arm(): void {
    this.#aliasesSent = false;
    this.#replaced = new Promise<never>((_, reject) => (this.#reject = reject));
    this.#replaced.catch(() => undefined); // nobody waiting is fine
  }

  /** A call to the worker that gives up when the worker is replaced. */
  #call<T>(answer: Promise<T>): Promise<T> {
    return Promise.race([answer, this.#replaced]);
  }

  /** The version of a dataset's data: it changes when the file is read again or remapped (ids are never reused). */
  versionOf(id: string): number {
    return this.#versions[id] ?? 0;
  }

  get selected(): DatasetEntry | null {
    return this.datasets.find((d) => d.id === this.selectedId) ?? null;
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Loading, restoring or saving: what a page (or a test) waits for before it reads the workspace as settled. */
  get settled(): boolean {
    return this.restored && this.jobs.length === 0 && this.#pending === 0;
  }

  #startJob(file: string): Job {
    const job: Job = { id: `job${++jobCounter}`, file, progress: null };
    this.jobs.push(job);
    return job;
  }

  #progress(jobId: string) {
    return progress((p: Progress) => {
      const job = this.jobs.find((j) => j.id === jobId);
      if (job) job.progress = p;
    });
  }

  #endJob(jobId: string) {
    this.jobs = this.jobs.filter((j) => j.id !== jobId);
  }

  #take(response: LoadResponse, replaceId?: string) {
    if (!response.ok) {
      // A notice is read once and then dismissed, so it is put in words in the language of the moment.
      if (response.problem.code === 'cancelled') this.notices.push(locale.say(response.problem.message));
      else this.errors.push({ id: ++errorCounter, file: response.file, message: english(response.problem.message), msg: response.problem.message });
      return;
    }
    const entry = response.entry;
    this.#versions[entry.id] = ++this.#revision;
    const at = this.datasets.findIndex((d) => d.id === (replaceId ?? entry.id));
    if (at >= 0) this.datasets[at] = entry;
    else this.datasets.push(entry);
    this.selectedId ??= entry.id;
  }

  /** Keeps the workspace across reloads; a browser that refuses storage still works, it just forgets. */
  #persist(f: () => Promise<unknown>): void {
    if (!canPersist) return;
    this.#pending++;
    this.#writes = this.#writes.then(f).catch(() => undefined).finally(() => this.#pending--);
  }

  /** Loads files one after another in the worker; each failure is reported and loses nothing. */
  async addFiles(files: readonly File[], saved?: readonly SavedFile[]): Promise<void> {
    const remembered: Record<string, RememberedMapping> = loadRemembered();
    const sending = this.#sendAliases();
    if (sending) {
      try {
        await sending;
      } catch (e) {
        if (e instanceof EngineReplaced) return;
        throw e;
      }
    }
    for (const [i, file] of files.entries()) {
      const others = await this.#addOne(file, saved?.[i], remembered);
      // A zip of several CSV files: each is a dataset of its own.
      for (const member of others ?? []) await this.#addOne(file, { member }, remembered);
      if (others === null) return;
    }
  }

  /** Loads one file (or one member of a zip); the zip's other members, or null when the engine was replaced. */
  async #addOne(file: File, restore: Partial<SavedFile> | undefined, remembered: Record<string, RememberedMapping>): Promise<string[] | null | undefined> {
    const job = this.#startJob(file.name);
    try {
      const request = { remembered, encoding: restore?.encoding, delimiter: restore?.delimiter, kind: restore?.kind, mapping: restore?.mapping, member: restore?.member } as LoadRequest;
      const response = await this.#call<LoadResponse>(this.#engine().load(job.id, file.name, file, request, this.#progress(job.id)));
      this.#take(response);
      if (!response.ok) return undefined;
      const member = response.member;
      this.#sources.set(response.entry.id, { file, member });
      const key = restore?.key ?? `f${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      this.#saved.set(response.entry.id, key);
      if (restore?.key === undefined) this.#persist(() => saveFile({ key, order: ++this.#order + Date.now(), name: file.name, blob: file, member }));
      return response.others;
    } catch (e) {
      if (e instanceof EngineReplaced) return null; // replaceEngine() says so and loads the kept datasets again
      this.errors.push({ id: ++errorCounter, file: file.name, message: locale.t.status.unreadable(file.name, (e as Error).message) });
      return undefined;
    } finally {
      this.#endJob(job.id);
    }
  }

  /** The example's files the user removed, per example key: a restore leaves them out, as they were. */
  #omitted = new Map<string, string[]>();

  async loadExample(restoreKey?: string, omit: readonly string[] = []): Promise<void> {
    const job = this.#startJob('example data');
    try {
      const sending = this.#sendAliases();
      if (sending) await sending;
      const key = restoreKey ?? `example${Date.now().toString(36)}`;
      if (omit.length > 0) this.#omitted.set(key, [...omit]);
      for (const r of await this.#call<LoadResponse[]>(this.#engine().loadExample(this.#progress(job.id)))) {
        if (r.ok && omit.includes(r.entry.file)) {
          await this.#engine().remove(r.entry.id);
          continue;
        }
        this.#take(r);
        if (r.ok) {
          this.#saved.set(r.entry.id, key);
          this.#sources.set(r.entry.id, { example: key });
        }
      }
      if (!restoreKey) this.#persist(() => saveFile({ key, order: ++this.#order + Date.now(), name: 'example data', blob: null }));
    } finally {
      this.#endJob(job.id);
    }
  }

  /** Brings back the files of the last visit, read as they were then. */
  async restore(): Promise<void> {
    try {
      if (!canPersist) return;
      let saved: SavedFile[];
      try {
        saved = await listFiles();
      } catch {
        return;
      }
      for (const f of saved) {
        if (f.blob === null) await this.loadExample(f.key, f.omit ?? []);
        else await this.addFiles([new File([f.blob], f.name)], [f]);
      }
      // The files the user sees again (the example is several), not the records they came from.
      if (saved.length) this.notices.push(locale.t.status.restored(this.datasets.length));
    } finally {
      this.restored = true;
    }
  }

  #forgetHooks: (() => void)[] = [];

  /** Runs `hook` when the user forgets all data (the KPI view's pins and goals go too). */
  onForget(hook: () => void): void {
    this.#forgetHooks.push(hook);
  }

  /** Removes every dataset, the saved workspace, remembered mappings and presets, and what onForget hooks keep. */
  async forgetAll(): Promise<void> {
    for (const hook of this.#forgetHooks) hook();
    for (const d of [...this.datasets]) await this.#engine().remove(d.id);
    this.datasets = [];
    this.selectedId = null;
    this.#saved.clear();
    this.#omitted.clear();
    forgetRemembered();
    // The worker forgets the merged names too, so the next file is read as it is.
    if (this.#aliasesSent) await this.#engine().setAliases([]);
    this.#persist(() => clearFiles());
    await this.#writes;
    this.notices = [locale.t.status.forgotten];
  }

  /**
   * Asks the worker to stop a load at its next chunk. A worker that has not answered STUCK_MS later is stuck in one
   * step that never yields: it is replaced, and the datasets it held are loaded again from their files.
   */
  cancel(jobId: string): void {
    void this.#engine().cancel(jobId);
    if (!this.#restart) return;
    setTimeout(() => {
      if (this.jobs.some((j) => j.id === jobId)) void this.replaceEngine();
    }, this.#stuckMs);
  }

  /** Replaces the worker: every waiting call gives up, and the datasets are read again, in order, with their settings. */
  async replaceEngine(why: 'load' | 'model' | 'crash' = 'load'): Promise<void> {
    if (!this.#restart) return;
    this.#reject(new EngineReplaced('the engine was replaced'));
    this.#arm();
    this.#restart();
    const kept = this.datasets.flatMap((d) => {
      const source = this.#sources.get(d.id);
      return source ? [{ entry: d, source, key: this.#saved.get(d.id) }] : [];
    });
    this.jobs = [];
    this.datasets = [];
    this.selectedId = null;
    this.#sources.clear();
    this.#saved.clear();
    const examples = new Set<string>();
    for (const { entry, source, key } of kept) {
      if ('example' in source) {
        if (!examples.has(source.example)) await this.loadExample(source.example, this.#omitted.get(source.example) ?? []);
        examples.add(source.example);
        continue;
      }
      const columns = entry.columns.map((c) => c.role);
      await this.addFiles([source.file], [{ key: key ?? '', order: 0, name: entry.file, blob: source.file, encoding: entry.encoding, delimiter: entry.delimiter, kind: entry.kind, mapping: columns, member: source.member }]);
    }
    const { modelStopped, engineCrashed, engineRestarted } = locale.t.status;
    this.notices.push((why === 'model' ? modelStopped : why === 'crash' ? engineCrashed : engineRestarted)(kept.length));
  }

  async remove(id: string): Promise<void> {
    const removed = this.datasets.find((d) => d.id === id);
    await this.#engine().remove(id);
    this.datasets = this.datasets.filter((d) => d.id !== id);
    const key = this.#saved.get(id);
    // The example loads several datasets under one key: forget it only when the last of them goes; until then
    // remember which of its files were removed, so a reload does not bring them back.
    const others = key !== undefined && [...this.#saved].some(([other, k]) => k === key && other !== id && this.datasets.some((d) => d.id === other));
    if (key && !others) this.#persist(() => deleteFile(key));
    else if (key && key.startsWith('example') && removed) {
      const omit = [...(this.#omitted.get(key) ?? []), removed.file];
      this.#omitted.set(key, omit);
      this.#persist(() => updateFile(key, { omit }));
    }
    this.#saved.delete(id);
    if (this.selectedId === id) this.selectedId = this.datasets[0]?.id ?? null;
  }

  /** Applies the user's kind and column roles and remembers them for files with the same headers. */
  async remap(id: string, kind: DatasetKind, mapping?: Mapping): Promise<void> {
    const entry = await this.#engine().remap(id, kind, mapping ? [...mapping] : undefined);
    this.#take({ ok: true, entry });
    const roles = entry.columns.map((c) => c.role);
    saveRemembered(entry.headerKey, { kind: entry.kind, mapping: roles });
    const key = this.#saved.get(id);
    if (key && !key.startsWith('example')) this.#persist(() => updateFile(key, { kind: entry.kind, mapping: roles }));
  }

  /** Reads a file again with another encoding or delimiter, or another sheet of a workbook (`member`). */
  async reload(id: string, request: { encoding?: Encoding; delimiter?: Delimiter; member?: string }): Promise<void> {
    const entry = this.datasets.find((d) => d.id === id);
    const job = this.#startJob(entry?.file ?? id);
    try {
      // Another sheet has other headers: the mappings remembered for them apply.
      const ask = request.member === undefined ? request : { ...request, remembered: loadRemembered() };
      const response = await this.#engine().reload(id, job.id, ask, this.#progress(job.id));
      this.#take(response, id);
      const source = this.#sources.get(id);
      if (response.ok && response.member !== undefined && source && 'file' in source) this.#sources.set(id, { ...source, member: response.member });
      const key = this.#saved.get(id);
      if (response.ok && key && !key.startsWith('example')) this.#persist(() => updateFile(key, { encoding: response.entry.encoding, delimiter: response.entry.delimiter, ...(response.member === undefined ? {} : { member: response.member }) }));
    } finally {
      this.#endJob(job.id);
    }
  }

  /** The platform's conversions against the touchpoint log's, when both kinds of file are loaded; null otherwise. */
  reconcile(): Promise<Reconciliation | null> {
    return this.#call<Reconciliation | null>(this.#engine().reconcile());
  }

  dismissError(id: number): void {
    this.errors = this.errors.filter((e) => e.id !== id);
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
