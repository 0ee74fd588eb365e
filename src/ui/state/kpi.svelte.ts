// Rune state of the KPI dashboard: period, margin and model, the report, and the user's pins, goals and limits
// (kept in localStorage: settings, never data).
import type { Remote } from 'comlink';
import type { EngineApi } from '../../worker/api';
import { locale } from '../i18n/locale.svelte';
import type { KpiReport } from '../../lib/kpi/compute';
import type { Granularity, KpiName } from '../../lib/kpi/types';
import { MODEL_NAMES, type ModelName } from '../../lib/attribution/types';
import { readHash, writeHash } from './hash';
import { Latest } from './latest';

const KEY = 'mittari.kpi.v1';

export interface GoalSetting {
  target: number;
  /** yyyy-mm-dd */
  deadline: string;
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

function load(): Saved {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
    if (s && Array.isArray(s.pins)) return s;
  } catch {
    // unreadable: start fresh
  }
  return { pins: DEFAULT_PINS, goals: {}, limits: {} };
}

export class KpiState {
  period = $state<Granularity>('month');
  /** Gross margin for CLV, as a fraction; CLV stays unavailable without it. */
  margin = $state<number | null>(0.75);
  model = $state<ModelName>('first');
  /** How an MQL is recognised: the engine's default, a stage name, or touch types (comma-separated). */
  mqlBy = $state<'default' | 'stage' | 'touch_types'>('default');
  mqlValue = $state('');
  report = $state<KpiReport | null>(null);
  running = $state(false);
  error = $state<string | null>(null);
  pins = $state<KpiName[]>([]);
  goals = $state<Partial<Record<KpiName, GoalSetting>>>({});
  limits = $state<Partial<Record<KpiName, Limit>>>({});
  #engine: () => Remote<EngineApi>;
  #latest = new Latest();

  constructor(engine: () => Remote<EngineApi>) {
    this.#engine = engine;
    const saved = load();
    this.pins = saved.pins;
    this.goals = saved.goals;
    this.limits = saved.limits;
    // `kpi=period,margin,model`
    const [period, margin, model] = (readHash().get('kpi') ?? '').split(',');
    if (period === 'week' || period === 'month' || period === 'quarter') this.period = period;
    if (Number(margin) > 0 && Number(margin) <= 1) this.margin = Number(margin);
    if (model && (MODEL_NAMES as readonly string[]).includes(model)) this.model = model as ModelName;
  }

  save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ pins: $state.snapshot(this.pins), goals: $state.snapshot(this.goals), limits: $state.snapshot(this.limits) }));
    } catch {
      // Storage disabled: settings last for this visit.
    }
  }

  togglePin(name: KpiName): void {
    if (this.pins.includes(name)) this.pins = this.pins.filter((p) => p !== name);
    else if (this.pins.length < MAX_PINS) this.pins = [...this.pins, name];
    this.save();
  }

  async run(): Promise<void> {
    writeHash('kpi', [this.period, this.margin ?? '', this.model].join(','));
    const current = this.#latest.begin();
    this.running = true;
    try {
      const value = this.mqlValue.trim();
      const mqlRule = this.mqlBy === 'stage' && value ? { by: 'stage' as const, stage: value }
        : this.mqlBy === 'touch_types' && value ? { by: 'touch_types' as const, types: value.split(',').map((t) => t.trim()).filter(Boolean) }
        : undefined;
      const report = await this.#engine().kpis({ period: this.period, grossMargin: this.margin ?? undefined, model: this.model, mqlRule });
      if (!current()) return;
      this.report = report;
      this.error = null;
    } catch (e) {
      if (current()) this.error = locale.t.status.kpisFailed((e as Error).message);
    } finally {
      if (current()) this.running = false;
    }
  }

  /** The data changed: forget the report and any answer still on its way, so the view runs again. */
  invalidate(): void {
    this.#latest.drop();
    this.report = null;
    this.running = false;
  }
}
