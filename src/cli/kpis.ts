// `mittari kpis FILE...`: every KPI the files support, per channel and per period, and why the others are not.
// Prints JSON; exit 2 with one line on stderr for unreadable input or bad usage.
import { readBytes } from './read';
import { basename } from 'node:path';
import { loadBytes } from '../lib/ingest/load';
import { isJourneyKind, type DatasetData } from '../lib/types';
import { MODEL_NAMES, type ModelName } from '../lib/attribution/types';
import { computeKpis, type KpiOptions, type KpiReport } from '../lib/kpi/compute';
import { kpiInputsFromData } from '../lib/kpi/from-data';
import type { Granularity, Kpi } from '../lib/kpi/types';
import { english } from '../lib/messages';
import { clvJson, sentences } from './english';

export const KPIS_USAGE = [
  'usage: mittari kpis FILE... [--period week|month|quarter] [--margin 0.75] [--model first]',
  '                   [--mql-stage MQL | --mql-types webinar,download,demo]',
].join('\n');

class UsageError extends Error {}

interface KpisArgs { files: string[]; options: KpiOptions; model: ModelName }

function parse(argv: readonly string[]): KpisArgs {
  const args: KpisArgs = { files: [], options: { period: 'month' }, model: 'first' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--period': {
        const p = value();
        if (p !== 'week' && p !== 'month' && p !== 'quarter') throw new UsageError(`--period takes week, month or quarter, not "${p}"`);
        args.options.period = p as Granularity;
        break;
      }
      case '--margin': {
        const raw = value(), m = Number(raw);
        if (raw.trim() === '' || !(m >= 0 && m <= 1)) throw new UsageError(`--margin takes a gross margin between 0 and 1 (0.75 = 75%), not "${raw}"`);
        args.options.grossMargin = m;
        break;
      }
      case '--model': {
        const m = value() as ModelName;
        if (!MODEL_NAMES.includes(m)) throw new UsageError(`unknown model ${m}; use one of ${MODEL_NAMES.join(', ')}`);
        args.model = m;
        break;
      }
      case '--mql-stage': args.options.mqlRule = { by: 'stage', stage: value() }; break;
      case '--mql-types': args.options.mqlRule = { by: 'touch_types', types: value().split(',').map((t) => t.trim()).filter((t) => t) }; break;
      default:
        if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}\n${KPIS_USAGE}`);
        args.files.push(flag);
    }
  }
  if (args.files.length === 0) throw new UsageError(KPIS_USAGE);
  return args;
}

/** The file's data, or a one-line reason. */
async function read(path: string): Promise<DatasetData | string> {
  const bytes = readBytes(path);
  if (typeof bytes === 'string') return bytes;
  const r = await loadBytes(basename(path), bytes);
  if (!r.ok) return `${path}: ${english(r.problem.message)}`;
  if (r.dataset.summary.mappingProblem) return `${path}: ${english(r.dataset.summary.mappingProblem)}`;
  return r.dataset.data;
}

/** Rounds to 6 decimals so that the JSON reads well (0.1 + 0.2 prints 0.3). */
const tidy = (_: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v);

/** One KPI as JSON: byPeriod as {label: value}, and the last period's change against the one before. */
function kpiJson(k: Kpi): Record<string, unknown> {
  const out: Record<string, unknown> = { label: k.label, unit: k.unit, value: k.value };
  if (k.byChannel) out.byChannel = k.byChannel;
  if (k.bySegment) out.bySegment = k.bySegment;
  if (k.byPeriod) {
    out.byPeriod = Object.fromEntries(k.byPeriod.map((p) => [p.period, p.value]));
    const last = k.byPeriod[k.byPeriod.length - 1];
    out.change = { period: last.period, change: last.change, changeRatio: last.changeRatio };
  }
  return { ...out, formula: english(k.formula), tags: k.tags };
}

function reportJson(r: KpiReport, files: Record<string, string>): Record<string, unknown> {
  return {
    period: r.granularity, periods: r.periods, files, mqlRule: r.mqlRule,
    kpis: Object.fromEntries(Object.entries(r.kpis).map(([name, k]) => [name, kpiJson(k)])),
    unavailable: sentences(r.unavailable),
    details: { funnel: r.funnel, salesCycle: r.salesCycle, leadCycle: r.leadCycle, forecast: r.forecast, churn: r.churn, clv: clvJson(r.clv), nps: r.nps },
  };
}

const fail = (line: string) => {
  process.stderr.write(`mittari: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
};

/** Runs `kpis` with the arguments after the command name; returns the exit code. */
export async function kpisCommand(argv: string[]): Promise<number> {
  let args: KpisArgs;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return fail(e.message);
  }
  const files: Record<string, string> = {};
  const datas: DatasetData[] = [];
  let journeyFile: string | undefined;
  for (const path of args.files) {
    const data = await read(path);
    if (typeof data === 'string') return fail(data);
    files[path] = data.kind;
    if (isJourneyKind(data.kind)) {
      if (journeyFile) return fail(`${path}: give one touchpoint or path file; ${journeyFile} is one already`);
      journeyFile = path;
    } else if (!['spend', 'deals', 'customers', 'nps', 'forecast'].includes(data.kind)) files[path] = `${data.kind} (not used by KPIs)`;
    datas.push(data);
  }
  const inputs = kpiInputsFromData(datas, args.model);
  process.stdout.write(`${JSON.stringify(reportJson(computeKpis(inputs, args.options), files), tidy, 2)}\n`);
  return 0;
}
