// The engine's facade in the worker: keeps loaded datasets in memory and returns summaries, never rows.
import { isJourneyKind, type DatasetKind, type Delimiter, type Encoding, type FileProblem, type Mapping, type SpendRow } from '../lib/types';
import { loadSource, remapDataset, type Dataset, type DatasetSummary, type Progress, type RememberedMapping } from '../lib/ingest/load';
import { generateExample } from '../lib/example/generate';
import { capacityProblem } from '../lib/ingest/capacity';
import { bytesSource } from '../lib/ingest/source';
import { blobSource } from './blob-source';
import { browserParallel, parseThreads } from './pool';
import { looksArchived } from '../lib/parsing/archive';
import { fileProblem } from '../lib/ingest/problem';
import { loadOpened, openFile, openProblem } from '../lib/ingest/open';
import type { AttributionRequest, ModelCredit } from '../lib/attribution/attribute';
import { attributionViewAsync, defaultCustom, type AttributionView, type PreparedCustom } from '../lib/attribution/view';
import type { AttributionProgress } from '../lib/attribution/attribute';
import { experimentView, type ExperimentOutcome, type ExperimentRequest } from '../lib/experiments/view';
import type { BudgetOutcome, BudgetRequest } from '../lib/budget/view';
import { budgetFromJourneys, budgetFromJourneysAsync, type Journeys } from '../lib/budget/from-journeys';
import { platformView } from '../lib/budget/view';
import { savedScenarioView, type SavedScenarioOutcome } from '../lib/budget/saved';
import { computeKpis, type KpiReport } from '../lib/kpi/compute';
import type { MqlRule } from '../lib/kpi/contacts';
import { kpiInputsFromData } from '../lib/kpi/from-data';
import type { Granularity } from '../lib/kpi/types';
import type { ModelName, PositionWeights } from '../lib/attribution/types';
import { fitMmmAsync } from '../lib/mmm/fit';
import { mixedCurrencyProblem } from '../lib/ingest/currency';
import { spendForJourneys, type SpendFile, type SpendForJourneys } from '../lib/attribution/spend-for';
import type { MmmProgress, MmmResult } from '../lib/mmm/types';
import { fitOptionsOf, mmmProblem, uncalibrated, viewOfFit, type MmmOutcome, type MmmRequest } from '../lib/mmm/view';
import { calibrationRows, liftFromExperiment, type AbLift } from '../lib/mmm/calibrate';
import { msg, type Msg } from '../lib/messages';
import { extractLongMix } from '../lib/ingest/mix';
import { reconcile, type Reconciliation } from '../lib/quality/reconcile';
import type { MixTable } from '../lib/mmm/types';

/** What a marketing-mix fit reads: a marketing_mix dataset, or a long spend dataset and an outcome dataset (date, outcome, controls). */
export type MmmSource = string | { spend: string; outcome: string };

/** A loaded dataset as the UI sees it. */
export interface DatasetEntry extends DatasetSummary { id: string }

/**
 * `member`: the CSV file read inside a zip. `others`: the zip's other CSV files, when no member was asked for (load
 * each with `member`).
 */
export type LoadResponse = { ok: true; entry: DatasetEntry; member?: string; others?: string[] } | { ok: false; file: string; problem: FileProblem };

export interface LoadRequest {
  encoding?: Encoding;
  delimiter?: Delimiter;
  remembered?: Record<string, RememberedMapping>;
  /** The kind and roles chosen before (a restored workspace). */
  kind?: DatasetKind;
  mapping?: Mapping;
  /** The file to read inside a zip, or the sheet of a workbook; the first when absent. */
  member?: string;
}

type Source = Blob | Uint8Array;

/** A macrotask yield between parse chunks, so that a cancel() message is handled while a big file loads. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));


/** A pause that hands the thread back (to see a cancel) at most every ~50 ms: each macrotask costs up to 4 ms. */
function pauser(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < 50) return;
    await yieldToEvents();
    last = Date.now();
  };
}

export function createEngine() {
  /** Channel names the user merged: every load, reload and remap applies them. */
  let aliases: ReadonlyMap<string, string> = new Map();
  /** Each dataset with the file it came from: its name and, for a zip, the member read (for reload). */
  const store = new Map<string, { dataset: Dataset; source: Source; name: string; member?: string }>();
  /** The custom model prepared for the last attribution of each dataset, so slider moves only recompute. */
  const customs = new Map<string, PreparedCustom>();
  const cancelled = new Set<string>();
  /** The last marketing-mix fit of each dataset: a budget, bounds or mode change only re-allocates on it. */
  const fits = new Map<string, { datasets: (Dataset | undefined)[]; results: Map<string, MmmResult> }>();
  let nextId = 1;
  /** Threads that parse a big file: every core but the page's (setParseThreads() changes it, for tests). */
  let threads = parseThreads();

  const entry = (id: string, dataset: Dataset): DatasetEntry => ({ id, ...dataset.summary });

  function journeysOf(id: string) {
    const held = store.get(id);
    if (!held) throw new Error(`no dataset with id ${id}`);
    const data = held.dataset.data;
    if (!isJourneyKind(data)) throw new Error(`dataset ${id} holds ${data.kind} data, not journeys`);
    return data;
  }

  /** A budget's spend rows and journeys, or its outcome when there is nothing to attribute (mixed currencies, no journeys). */
  function budgetInputs(spendId: string, journeysId: string | null, request: BudgetRequest):
    { outcome: BudgetOutcome } | { rows: readonly SpendRow[]; journeys: Journeys } {
    const held = store.get(spendId)?.dataset;
    const spend = held?.data;
    if (!held || !spend || spend.kind !== 'spend') throw new Error(`dataset ${spendId} is not a spend file`);
    const mixed = mixedCurrencyProblem(held.summary.file, held.summary.currency);
    if (mixed) return { outcome: { ok: false, reason: mixed } };
    if (journeysId === null) return { outcome: platformView(spend.rows, request) };
    const data = journeysOf(journeysId);
    return { rows: spend.rows, journeys: { set: data.journeys, source: data.kind } };
  }

  const ids = (source: MmmSource) => (typeof source === 'string' ? [source] : [source.spend, source.outcome]);
  const sourceKey = (source: MmmSource) => ids(source).join('|');
  const datasetsOf = (source: MmmSource) => ids(source).map((id) => store.get(id)?.dataset);
  const sameDatasets = (a: readonly (Dataset | undefined)[], b: readonly (Dataset | undefined)[]) => a.length === b.length && a.every((d, i) => d === b[i]);

  /** The weekly table of a marketing-mix dataset, or of a long spend dataset with an outcome dataset. */
  function mixOf(source: MmmSource): { ok: true; table: MixTable; datasets: (Dataset | undefined)[] } | { ok: false; reason: Msg } {
    const datasets = datasetsOf(source);
    ids(source).forEach((id, i) => {
      if (!datasets[i]) throw new Error(`no dataset with id ${id}`);
    });
    for (const d of datasets) {
      const mixed = mixedCurrencyProblem(d!.summary.file, d!.summary.currency);
      if (mixed) return { ok: false, reason: mixed };
    }
    if (typeof source === 'string') {
      const data = datasets[0]!.data;
      if (data.kind !== 'marketing_mix') throw new Error(`dataset ${source} holds ${data.kind} data, not a marketing-mix table`);
      return { ok: true, table: data.table, datasets };
    }
    const [spend, outcome] = datasets as Dataset[];
    if (spend.data.kind !== 'spend') throw new Error(`dataset ${source.spend} is not a spend file`);
    const read = extractLongMix(spend.data.rows, outcome);
    return read.ok ? { ok: true, table: read.data.table, datasets } : { ok: false, reason: read.problem };
  }

  async function read(jobId: string, name: string, source: Source, request: LoadRequest & { kind?: DatasetKind; mapping?: Mapping }, onProgress?: (p: Progress) => void) {
    cancelled.delete(jobId);
    const tooBig = capacityProblem(name, source instanceof Blob ? source.size : source.byteLength);
    if (tooBig) return { ok: false as const, problem: fileProblem('too_big', tooBig) };
    try {
      // A File is read a slice at a time, on every core but the page's when it is big; bytes (the example) at once.
      const blob = source instanceof Blob;
      const bytes = blob ? blobSource(source) : bytesSource(source);
      const options = { ...request, aliases, onProgress, pauseBetweenChunks: yieldToEvents, isCancelled: () => cancelled.has(jobId) };
      if (!(await looksArchived(bytes))) {
        const result = await loadSource(name, bytes, { ...options, parallel: blob && threads > 1 ? browserParallel(source, threads) : undefined });
        return result.ok ? { ...result, others: [] as string[], member: undefined } : result;
      }
      // A .csv.gz, a .zip of CSV files, an .xlsx workbook (`member`: its sheet) or a Parquet file is opened whole
      // first, into CSV bytes; the size limit then holds for what came out.
      const opened = await openFile(name, await bytes.read(0, bytes.size), request.member);
      if (!opened.ok) return { ok: false as const, problem: openProblem(opened.problem) };
      const result = await loadOpened(opened, options);
      return result.ok ? { ...result, others: opened.others, member: opened.member } : result;
    } finally {
      cancelled.delete(jobId);
    }
  }

  const api = {
    /** Loads one file. A failing file changes nothing that was loaded before. */
    async load(jobId: string, name: string, source: Source, request: LoadRequest = {}, onProgress?: (p: Progress) => void): Promise<LoadResponse> {
      const result = await read(jobId, name, source, request, onProgress);
      if (!result.ok) return { ok: false, file: name, problem: result.problem };
      const id = `d${nextId++}`;
      store.set(id, { dataset: result.dataset, source, name, member: result.member });
      const out: LoadResponse = { ok: true, entry: entry(id, result.dataset) };
      if (result.member !== undefined) out.member = result.member;
      if (result.others.length > 0) out.others = result.others;
      return out;
    },

    /**
     * Stops the load with this job id at its next chunk. Cancelling is cooperative: a parse running in this thread
     * cannot be interrupted, so this message is only handled between chunks (the load yields a macrotask after
     * each), and the load then sees the flag and returns `cancelled`. Terminating the worker instead, as Squoosh
     * does, would also throw away every dataset the worker holds.
     */
    cancel(jobId: string): void {
      cancelled.add(jobId);
    },

    /** Reads a loaded file again with another encoding or delimiter; on failure the old dataset stays. */
    async reload(id: string, jobId: string, request: LoadRequest, onProgress?: (p: Progress) => void): Promise<LoadResponse> {
      const held = store.get(id);
      if (!held) throw new Error(`no dataset with id ${id}`);
      const { file, encoding, delimiter } = held.dataset.summary;
      const result = await read(jobId, held.name, held.source, { encoding, delimiter, member: held.member, ...request }, onProgress);
      if (!result.ok) return { ok: false, file, problem: result.problem };
      store.set(id, { ...held, dataset: result.dataset, member: result.member ?? held.member });
      customs.delete(id);
      const out: LoadResponse = { ok: true, entry: entry(id, result.dataset) };
      if (result.member !== undefined) out.member = result.member;
      return out;
    },

    /** Applies the kind and column roles the user chose. */
    remap(id: string, kind: DatasetKind, mapping?: Mapping): DatasetEntry {
      const held = store.get(id);
      if (!held) throw new Error(`no dataset with id ${id}`);
      const dataset = remapDataset(held.dataset, kind, mapping, aliases);
      store.set(id, { ...held, dataset });
      customs.delete(id);
      return entry(id, dataset);
    },

    /**
     * Sets the merged channel names (a spelling -> the name to use) and reads every touchpoint, path and spend
     * dataset again with them, keeping its kind and roles; returns the datasets that changed.
     */
    setAliases(pairs: readonly (readonly [string, string])[]): DatasetEntry[] {
      aliases = new Map(pairs);
      const changed: DatasetEntry[] = [];
      for (const [id, held] of store) {
        const { kind, columns } = held.dataset.summary;
        if (kind !== 'touchpoints' && kind !== 'paths' && kind !== 'spend') continue;
        const dataset = remapDataset(held.dataset, kind, columns.map((c) => c.role), aliases);
        store.set(id, { ...held, dataset });
        customs.delete(id);
        changed.push(entry(id, dataset));
      }
      return changed;
    },

    remove(id: string): boolean {
      customs.delete(id);
      for (const key of [...fits.keys()]) if (key.split('|').includes(id)) fits.delete(key);
      return store.delete(id);
    },

    /**
     * The platform's conversions against the touchpoint log's (last touch), when both are loaded: the first spend
     * dataset with a conversions column, and the first touchpoint dataset; null when either is missing.
     */
    reconcile(): Reconciliation | null {
      let platform: Dataset | undefined, log: Dataset | undefined;
      for (const { dataset } of store.values()) {
        const { data, summary } = dataset;
        if (summary.mappingProblem) continue;
        if (!platform && data.kind === 'spend' && data.rows.some((r) => r.conversions !== undefined)) platform = dataset;
        if (!log && data.kind === 'touchpoints') log = dataset;
      }
      if (!platform || !log || platform.data.kind !== 'spend' || log.data.kind !== 'touchpoints') return null;
      return reconcile({ platformFile: platform.summary.file, rows: platform.data.rows, logFile: log.summary.file, journeys: log.data.journeys });
    },

    /** Every model on a touchpoint or path dataset; prepares the custom model for live weight changes. */
    async attribute(id: string, request: AttributionRequest = {}, jobId?: string, onProgress?: (p: AttributionProgress) => void): Promise<AttributionView> {
      const data = journeysOf(id);
      try {
        const { view, custom } = await attributionViewAsync(data.journeys, data.kind, request, {
          onProgress, pause: pauser(), shouldStop: () => jobId !== undefined && cancelled.has(jobId),
        });
        customs.set(id, custom);
        return view;
      } finally {
        if (jobId !== undefined) cancelled.delete(jobId);
      }
    },

    /** The spend for a journey dataset's cost table: the loaded spend file sharing most of `channels`, over the journeys' dates. */
    spendFor(journeysId: string, channels: string[]): SpendForJourneys | null {
      const data = journeysOf(journeysId);
      const files: SpendFile[] = [];
      for (const [id, { dataset }] of store) {
        if (dataset.data.kind !== 'spend' || dataset.summary.mappingProblem) continue;
        files.push({ id, file: dataset.summary.file, rows: dataset.data.rows, codes: dataset.summary.currency?.codes ?? [] });
      }
      return spendForJourneys(data.journeys, channels, files);
    },

    /** The experiment analysis of an A/B test dataset (aggregated or per user). */
    experiment(id: string, request: ExperimentRequest = {}): ExperimentOutcome {
      const held = store.get(id);
      if (!held) throw new Error(`no dataset with id ${id}`);
      const data = held.dataset.data;
      if (data.kind !== 'experiment' && data.kind !== 'experiment_users') throw new Error(`dataset ${id} holds ${data.kind} data, not an experiment`);
      return experimentView(data, request);
    },

    /** A lift test for the mix model from an A/B test: its first variant's extra conversions over control, with a 90% interval. */
    abLift(id: string): AbLift {
      const out = api.experiment(id, {});
      if (!out.ok) return { ok: false, reason: out.reason };
      const lift = liftFromExperiment(out.view);
      return lift ? { ok: true, lift } : { ok: false, reason: msg('mmm.liftNoAb', {}) };
    },

    /**
     * Budget reallocation from a spend dataset and a journey dataset (every model, for robustness); with no journeys
     * (null), from the conversions the platform reports in the spend file itself.
     */
    budget(spendId: string, journeysId: string | null, request: BudgetRequest = {}): BudgetOutcome {
      const inputs = budgetInputs(spendId, journeysId, request);
      if ('outcome' in inputs) return inputs.outcome;
      return budgetFromJourneys(inputs.rows, inputs.journeys, request);
    },

    /** budget() with progress over the attribution models and Cancel with cancel(jobId): what the Budget view calls. */
    async budgetJob(jobId: string, spendId: string, journeysId: string | null, request: BudgetRequest = {}, onProgress?: (p: AttributionProgress) => void): Promise<BudgetOutcome> {
      const inputs = budgetInputs(spendId, journeysId, request);
      if ('outcome' in inputs) return inputs.outcome;
      try {
        return await budgetFromJourneysAsync(inputs.rows, inputs.journeys, request, {
          onProgress, pause: pauser(), shouldStop: () => cancelled.has(jobId),
        });
      } finally {
        cancelled.delete(jobId);
      }
    },

    /**
     * The marketing-mix model of a marketing_mix dataset: fits it (seconds) with progress, or reuses the fit of the
     * same dataset version and fit options, then allocates (milliseconds). Cancel with cancel(jobId): the fit yields a
     * macrotask every ~50 ms, so the cancel message is handled and the outcome says `mmm.cancelled`.
     */
    async mmm(jobId: string, id: MmmSource, request: MmmRequest = {}, onProgress?: (p: MmmProgress) => void): Promise<MmmOutcome> {
      const source = mixOf(id);
      if (!source.ok) return { ok: false, reason: source.reason };
      const problem = mmmProblem(source.table);
      if (problem) return { ok: false, reason: problem };
      const options = fitOptionsOf(request);
      const cacheId = sourceKey(id);
      let held = fits.get(cacheId);
      if (!held || !sameDatasets(held.datasets, source.datasets)) {
        held = { datasets: source.datasets, results: new Map() };
        fits.set(cacheId, held);
      }
      const kept = held.results;
      cancelled.delete(jobId);
      const pause = pauser();
      // With lift tests, two fits: without them (the "before") and with them; each reports half of the progress.
      const plan = options.lifts ? [uncalibrated(options), options] : [options];
      const results: MmmResult[] = [];
      try {
        for (const [i, o] of plan.entries()) {
          const key = JSON.stringify(o);
          let result = kept.get(key);
          if (!result) {
            const report = onProgress && ((p: MmmProgress) => onProgress({ stage: p.stage, done: (i + p.done) / plan.length }));
            result = await fitMmmAsync(source.table, o, { onProgress: report, pause, shouldStop: () => cancelled.has(jobId) });
            // A few fits per dataset (with and without lift tests), the oldest forgotten first.
            if (sameDatasets(source.datasets, datasetsOf(id))) {
              kept.delete(key);
              kept.set(key, result);
              if (kept.size > 4) kept.delete(kept.keys().next().value as string);
            }
          }
          results.push(result);
        }
      } catch (e) {
        if (e instanceof Error && e.message === 'MMM fit cancelled') return { ok: false, reason: msg('mmm.cancelled', {}) };
        throw e;
      } finally {
        cancelled.delete(jobId);
      }
      const result = results[results.length - 1];
      const calibration = options.lifts ? calibrationRows(source.table, results[0], result, options.lifts) : [];
      return { ok: true, view: viewOfFit(result, request.allocation, calibration) };
    },

    /** Solves a scenario the user saved as JSON in the file `name` (or reports each problem in it). */
    solveScenarioJson(name: string, text: string): SavedScenarioOutcome {
      return savedScenarioView(name, text);
    },

    /** Every KPI the loaded datasets support, per period, channel and segment. */
    kpis(request: { period: Granularity; grossMargin?: number; model?: ModelName; mqlRule?: MqlRule; creditBeforeLead?: boolean; datasets?: string[] }): KpiReport {
      // The files the user chose (the view's default leaves out other dates and currencies); every file without a choice.
      const held = request.datasets ? request.datasets.flatMap((id) => { const h = store.get(id); return h ? [h] : []; }) : [...store.values()];
      const inputs = kpiInputsFromData(held.map((h) => h.dataset.data), request.model ?? 'first', { creditBeforeLead: request.creditBeforeLead });
      return computeKpis(inputs, { period: request.period, grossMargin: request.grossMargin, mqlRule: request.mqlRule });
    },

    /** The custom model with new weights, on the journeys of the last attribute() call: fast, for sliders. */
    custom(id: string, weights: PositionWeights, typeWeights: Record<string, number>): ModelCredit {
      let held = customs.get(id);
      if (!held) {
        held = defaultCustom(journeysOf(id).journeys);
        customs.set(id, held);
      }
      const credit = held.recompute(weights, typeWeights);
      return { conversions: Array.from(credit.conversions), value: Array.from(credit.value) };
    },

    /** How many threads parse a big file from now on (1: this worker alone). For tests and benchmarks. */
    setParseThreads(count: number): void {
      threads = Math.max(1, Math.floor(count));
    },

    list(): DatasetEntry[] {
      return [...store].map(([id, held]) => entry(id, held.dataset));
    },

    /** Loads the seeded B2B example (touchpoints, spend, an A/B test, deals, customers, NPS, forecast, weekly mix): no download. */
    async loadExample(onProgress?: (p: Progress) => void): Promise<LoadResponse[]> {
      const example = generateExample();
      const files: [string, string][] = [
        ['example-touchpoints.csv', example.touchpoints],
        ['example-spend.csv', example.spend],
        ['example-experiment.csv', example.experiment],
        ['example-deals.csv', example.deals],
        ['example-customers.csv', example.customers],
        ['example-nps.csv', example.nps],
        ['example-forecast.csv', example.forecast],
        ['example-weekly-mix.csv', example.weekly],
      ];
      const out: LoadResponse[] = [];
      for (const [name, text] of files) out.push(await api.load(`example:${name}`, name, new TextEncoder().encode(text), {}, onProgress));
      return out;
    },
  };
  return api;
}

export type EngineApi = ReturnType<typeof createEngine>;
