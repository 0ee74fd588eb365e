// `mittari kpis FILE...`: every KPI the files support, per channel and per period, and why the others are not.
// Prints JSON; exit 2 with one line on stderr for unreadable input or bad usage.
import type { Dataset } from '../lib/ingest/load';
import { MODEL_NAMES } from '../lib/attribution/types';
import { computeKpis, type KpiOptions, type KpiReport } from '../lib/kpi/compute';
import { isJourneyKind } from '../lib/types';
import { english } from '../lib/messages';
import { clvJson, sentences } from './english';
import { kpiInputsFromData } from '../lib/kpi/from-data';
import type { MqlRule } from '../lib/kpi/contacts';
import type { Granularity, Kpi } from '../lib/kpi/types';
import { parseCommand, oneOf, text, UsageError, type Reader } from './args';
import { fail, guard, loadFile, printJson } from './io';
import { USAGE } from './usage';

const margin: Reader<number> = (raw, flag) => {
  const m = Number(raw);
  if (raw.trim() === '' || !(m >= 0 && m <= 1)) throw new UsageError(`${flag} takes a gross margin between 0 and 1 (0.75 = 75%), not "${raw}"`);
  return m;
};

const READERS = {
  period: oneOf<Granularity>(['week', 'month', 'quarter']),
  margin,
  model: oneOf(MODEL_NAMES, 'model'),
  'mql-stage': (raw: string): MqlRule => ({ by: 'stage', stage: raw }),
  'mql-types': (raw: string): MqlRule => ({ by: 'touch_types', types: raw.split(',').map((t) => t.trim()).filter((t) => t) }),
};
const USED = ['spend', 'deals', 'customers', 'nps', 'forecast'];

/** The file's data, or a one-line reason. */
async function read(path: string): Promise<Dataset['data'] | string> {
  const dataset = await loadFile(path, {}, true);
  if (typeof dataset === 'string') return dataset;
  if (dataset.summary.mappingProblem) return `${path}: ${english(dataset.summary.mappingProblem)}`;
  return dataset.data;
}

/** Rounds to 6 decimals so that the JSON reads well (0.1 + 0.2 prints 0.3). */
const tidy = (_: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v);

/**
 * One KPI as JSON: byPeriod as {label: value}, the last period's change against the one before, what its channels
 * mean (lead, deal or credit) and its warnings in English.
 */
function kpiJson(k: Kpi): Record<string, unknown> {
  const out: Record<string, unknown> = { label: k.label, unit: k.unit, value: k.value };
  if (k.byChannel) out.byChannel = k.byChannel;
  if (k.bySegment) out.bySegment = k.bySegment;
  if (k.byPeriod) {
    out.byPeriod = Object.fromEntries(k.byPeriod.map((p) => [p.period, p.value]));
    const last = k.byPeriod[k.byPeriod.length - 1];
    out.change = { period: last.period, change: last.change, changeRatio: last.changeRatio };
  }
  if (k.byLeadCohort) out.byLeadCohort = Object.fromEntries(k.byLeadCohort.map((p) => [p.period, p.value]));
  if (k.channelMeaning) out.channelMeaning = k.channelMeaning;
  const json: Record<string, unknown> = { ...out, formula: english(k.formula), tags: k.tags };
  if (k.warnings) json.warnings = k.warnings.map(english);
  return json;
}

function reportJson(r: KpiReport, files: Record<string, string>): Record<string, unknown> {
  return {
    period: r.granularity, periods: r.periods, files, mqlRule: r.mqlRule,
    kpis: Object.fromEntries(Object.entries(r.kpis).map(([name, k]) => [name, kpiJson(k)])),
    warnings: r.warnings.map(english),
    unavailable: sentences(r.unavailable),
    details: { funnel: r.funnel, salesCycle: r.salesCycle, leadCycle: r.leadCycle, forecast: r.forecast, churn: r.churn, clv: clvJson(r.clv), nps: r.nps },
  };
}

/** Runs `kpis` with the arguments after the command name; returns the exit code. */
export function kpisCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values: v, switches, positionals: paths, order } = parseCommand(argv, { values: READERS, switches: ['credit-before-lead'], hint: { unknown: `\n${USAGE.kpis}` } });
    if (paths.length === 0) throw new UsageError(USAGE.kpis);
    // --mql-stage and --mql-types both set the MQL rule: the later one wins.
    const mql = order.filter((name) => name === 'mql-stage' || name === 'mql-types').at(-1);
    const options: KpiOptions = { period: v.period ?? 'month', grossMargin: v.margin, mqlRule: mql && v[mql] };
    const files = new Map<string, string>(); // by path: a file may be named __proto__
    const datas: Dataset['data'][] = [];
    let journeyFile: string | undefined;
    for (const path of paths) {
      const data = await read(path);
      if (typeof data === 'string') return fail(data);
      files.set(path, data.kind);
      if (isJourneyKind(data.kind)) {
        if (journeyFile) return fail(`${path}: give one touchpoint or path file; ${journeyFile} is one already`);
        journeyFile = path;
      } else if (!USED.includes(data.kind)) files.set(path, `${data.kind} (not used by KPIs)`);
      datas.push(data);
    }
    const report = computeKpis(kpiInputsFromData(datas, v.model ?? 'first', { creditBeforeLead: switches.has('credit-before-lead') }), options);
    printJson(reportJson(report, Object.fromEntries(files)), tidy);
    return 0;
  });
}
