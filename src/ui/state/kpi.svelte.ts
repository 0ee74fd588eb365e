// Rune state of the KPI dashboard: period, margin and model, the report, and the user's pins, goals and limits
// (kept in localStorage: settings, never data).
import type { Engine } from '../../worker/client';
import { locale } from '../i18n/locale.svelte';
import type { KpiReport } from '../../lib/kpi/compute';
import type { GoalPer, Granularity, KpiName } from '../../lib/kpi/types';
import { MODEL_NAMES, type ModelName } from '../../lib/attribution/types';
import { hashCodec, numberWhere, oneOf, orNone } from './codec';
import { readHash, writeHashEntries } from './hash';
import { ViewState, versioned, type ViewOptions } from './view.svelte';
import { currencyOfFiles, defaultKpiFiles, KPI_KINDS, type KpiFile } from '../../lib/kpi/files';
import type { Msg } from '../../lib/messages';
import { workspaceCurrency } from './currency.svelte';

const KEY = 'mittari.kpi.v1';

/** A goal as the user sets it: the target in every `per` period, or by `deadline` (yyyy-mm-dd) with per 'total'. */
export interface GoalSetting {
  target: number;
  per: GoalPer;
  /** yyyy-mm-dd; with per 'total'. */
  deadline?: string;
}
export interface Limit {
  above?: number;
  below?: number;
}
interface Saved {
  pins: KpiName[];
  goals: Partial<Record<KpiName, GoalSetting>>;
  limits: Partial<Record<KpiName, Limit>>;
}

/** The guides' advice: 3–5 KPIs on the dashboard. These are pinned until the user chooses. */
export const DEFAULT_PINS: KpiName[] = ['leads', 'cpl', 'won_revenue', 'lead_to_won', 'nps'];
export const MAX_PINS = 5;

/** A saved goal, or null when it is not one. Goals saved before goals had periods were totals by a date. */
function goalOf(g: unknown): GoalSetting | null {
  if (!g || typeof g !== 'object') return null;
  const { target, per, deadline } = g as Partial<GoalSetting>;
  if (typeof target !== 'number' || !Number.isFinite(target)) return null;
  if (per === 'week' || per === 'month' || per === 'quarter') return { target, per };
  return typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? { target, per: 'total', deadline } : null;
}

function load(): Saved {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
    if (s && Array.isArray(s.pins)) {
      const goals = Object.fromEntries(Object.entries(s.goals ?? {}).flatMap(([k, g]) => {
        const goal = goalOf(g);
        return goal ? [[k, goal]] : [];
      })) as Saved['goals'];
      return { pins: s.pins, goals, limits: s.limits ?? {} };
    }
  } catch {
    // unreadable: start fresh
  }
  return { pins: DEFAULT_PINS, goals: {}, limits: {} };
}

/** The view's settings kept in the page address (pins, goals and limits are kept in localStorage). */
export interface KpiSettings {
  period: Granularity;
  /** Gross margin for CLV, as a fraction; CLV stays unavailable without it. */
  margin: number | null;
  /** The attribution model that credits revenue to lead sources. */
  model: ModelName;
}

export const defaultKpiSettings: Readonly<KpiSettings> = Object.freeze({ period: 'month', margin: 0.75, model: 'first' });

/** `kpi.period=week&kpi.margin=0.6&kpi.model=linear`; old links: `kpi=period,margin,model`. */
export const kpiHash = hashCodec<KpiSettings>('kpi', {
  period: oneOf<Granularity>(['week', 'month', 'quarter']),
  margin: orNone(numberWhere((n) => n > 0 && n <= 1)),
  model: oneOf<ModelName>(MODEL_NAMES),
}, defaultKpiSettings, ['period', 'margin', 'model']);

export class KpiState extends ViewState<KpiReport> {
  period = $state(defaultKpiSettings.period);
  /** Gross margin for CLV, as a fraction; CLV stays unavailable without it. */
  margin = $state(defaultKpiSettings.margin);
  model = $state(defaultKpiSettings.model);
  /** Let the model credit anonymous touches before the lead too (off: ROI counts from the lead touch on). */
  creditBeforeLead = $state(false);
  /** How an MQL is recognised: the engine's default, a stage name, or touch types (comma-separated). */
  mqlBy = $state<'default' | 'stage' | 'touch_types'>('default');
  mqlValue = $state('');
  pins = $state<KpiName[]>([]);
  goals = $state<Partial<Record<KpiName, GoalSetting>>>({});
  limits = $state<Partial<Record<KpiName, Limit>>>({});
  /** The reports in the granularities of per-period goals other than the view's (a monthly goal in the week view). */
  goalReports = $state<Partial<Record<Granularity, KpiReport>>>({});

  constructor(options: ViewOptions) {
    super(options);
    const saved = load();
    this.pins = saved.pins;
    this.goals = saved.goals;
    this.limits = saved.limits;
    this.settings = kpiHash.read(readHash());
  }

  /** The user's ticks per dataset id; a file without one follows the default choice. */
  #picked = $state<Record<string, boolean>>({});
  /** The loaded files of the kinds KPIs read, as the choice sees them. */
  readonly files = $derived(this.data.datasets.filter((d) => KPI_KINDS.has(d.kind) && !d.mappingProblem)
    .map((d): KpiFile => ({ id: d.id, file: d.file, kind: d.kind, dateRange: d.dateRange, currency: d.currency })));
  /** What the KPIs read until the user chooses: other dates and currencies left out, each with why. */
  readonly choice = $derived(defaultKpiFiles(this.files, workspaceCurrency.code));

  /** Whether the KPIs read this file. */
  reads(id: string): boolean {
    return this.#picked[id] ?? this.choice.chosen.includes(id);
  }

  /** Ticks or unticks a file, and computes again. */
  pick(id: string, on: boolean): void {
    this.#picked = { ...this.#picked, [id]: on };
  }

  /** The files the KPIs read. */
  readonly chosen: KpiFile[] = $derived(this.files.filter((f) => this.reads(f.id)));
  /** The chosen files' currency (the workspace's where they say none), or why they cannot be added up. */
  readonly money: { currency: string; conflict: Msg | null } = $derived(currencyOfFiles(this.chosen, workspaceCurrency.code));

  /** The chosen files with their versions; none while they are in two currencies (the view says so instead). */
  protected get dataKey(): string | null {
    if (this.money.conflict) return null;
    const ids = this.chosen.map((f) => versioned(this.data, f.id));
    return ids.length ? ids.join('+') : null;
  }

  get settings(): KpiSettings {
    return { period: this.period, margin: this.margin, model: this.model };
  }

  set settings(s: KpiSettings) {
    ({ period: this.period, margin: this.margin, model: this.model } = s);
  }

  save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ pins: $state.snapshot(this.pins), goals: $state.snapshot(this.goals), limits: $state.snapshot(this.limits) }));
    } catch {
      // Storage disabled: settings last for this visit.
    }
  }

  /** Sets or clears a KPI's goal; a goal per another period than the view's asks for that period's report. */
  setGoal(name: KpiName, goal: GoalSetting | null): void {
    if (goal) this.goals[name] = goal;
    else delete this.goals[name];
    this.save();
    if (goal && goal.per !== 'total' && goal.per !== this.period && !this.goalReports[goal.per]) void this.run();
  }

  /** The report a per-period goal is judged on: the view's, or the one of the goal's own period. */
  reportFor(per: GoalPer): KpiReport | null {
    if (per === 'total' || per === this.period) return this.outcome;
    return this.outcome ? this.goalReports[per] ?? null : null;
  }

  /** Back to the default pins, no goals and no limits, and nothing kept in storage ("Forget all data"). */
  forget(): void {
    this.pins = [...DEFAULT_PINS];
    this.goals = {};
    this.limits = {};
    this.#picked = {};
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Storage disabled: nothing kept.
    }
  }

  togglePin(name: KpiName): void {
    if (this.pins.includes(name)) this.pins = this.pins.filter((p) => p !== name);
    else if (this.pins.length < MAX_PINS) this.pins = [...this.pins, name];
    this.save();
  }

  protected remember(): void {
    writeHashEntries(kpiHash.entries(this.settings));
  }

  protected async compute(engine: Engine): Promise<KpiReport> {
    const value = this.mqlValue.trim();
    const mqlRule = this.mqlBy === 'stage' && value ? { by: 'stage' as const, stage: value }
      : this.mqlBy === 'touch_types' && value ? { by: 'touch_types' as const, types: value.split(',').map((t) => t.trim()).filter(Boolean) }
      : undefined;
    const request = { period: this.period, grossMargin: this.margin ?? undefined, model: this.model, mqlRule, creditBeforeLead: this.creditBeforeLead, datasets: this.chosen.map((f) => f.id) };
    const others = [...new Set(this.pins.flatMap((p) => {
      const per = this.goals[p]?.per;
      return per && per !== 'total' && per !== this.period ? [per] : [];
    }))];
    const [main, ...extra] = await Promise.all([engine.kpis(request), ...others.map((period) => engine.kpis({ ...request, period }))]);
    this.goalReports = Object.fromEntries(others.map((g, i) => [g, extra[i]]));
    return main;
  }

  protected failed(message: string): string {
    return locale.t.status.kpisFailed(message);
  }
}
