// Builds Kpi objects from sums per channel and per period: counts, sums and ratios of sums.
import { KPI_DEFINITIONS } from './definitions';
import { withChanges } from './period';
import { addTo, ratio } from './stats';
import type { ChannelMeaning, Kpi, KpiName } from './types';
import { msg, type Msg } from '../messages';

/** A total with its split by channel and by period label. */
export interface Sums {
  total: number;
  byChannel: Map<string, number>;
  byPeriod: Map<string, number>;
}

export function emptySums(): Sums {
  return { total: 0, byChannel: new Map(), byPeriod: new Map() };
}

/** Adds `x` to the total, to `channel` and to `period` (each when given). Mutates `s` (a builder). */
export function add(s: Sums, x: number, channel?: string, period?: string): void {
  s.total += x;
  if (channel !== undefined) addTo(s.byChannel, channel, x);
  if (period !== undefined) addTo(s.byPeriod, period, x);
}

export interface KpiParts {
  byChannel?: ReadonlyMap<string, number | null>;
  bySegment?: ReadonlyMap<string, number | null>;
  /** Values per period label; periods not in the map are null. */
  byPeriod?: ReadonlyMap<string, number | null>;
  /** Overrides the definition's formula (CLV shows its numbers). */
  formula?: Msg;
  /** Overrides the definition's channel meaning (ROI from deal amounts by source is 'deal', not 'credit'). */
  channelMeaning?: ChannelMeaning;
  warnings?: readonly Msg[];
}

const sorted = (m: ReadonlyMap<string, number | null>) => Object.fromEntries([...m].sort((a, b) => a[0].localeCompare(b[0])));

/** A Kpi with its definition's label, unit, formula and tags; byPeriod follows `periods`. */
export function makeKpi(name: KpiName, value: number | null, periods: readonly string[], parts: KpiParts = {}): Kpi {
  const def = KPI_DEFINITIONS[name];
  const formula = parts.formula ?? msg('kpi.formula', { kpi: name });
  const kpi: Kpi = { name, label: def.label, unit: def.unit, value, formula, tags: def.tags, higherIsBetter: def.higherIsBetter };
  if (parts.byChannel && parts.byChannel.size > 0) {
    kpi.byChannel = sorted(parts.byChannel);
    const meaning = parts.channelMeaning ?? def.channel;
    if (meaning) kpi.channelMeaning = meaning;
  }
  if (parts.warnings && parts.warnings.length > 0) kpi.warnings = [...parts.warnings];
  if (parts.bySegment && parts.bySegment.size > 0) kpi.bySegment = sorted(parts.bySegment);
  const bp = parts.byPeriod;
  if (bp && bp.size > 0 && periods.length > 0) kpi.byPeriod = withChanges(periods.map((p) => ({ period: p, value: bp.get(p) ?? null })));
  return kpi;
}

/** A count or sum: periods without rows are 0. */
export function sumKpi(name: KpiName, s: Sums, periods: readonly string[], timed: boolean): Kpi {
  const byPeriod = timed ? new Map(periods.map((p) => [p, s.byPeriod.get(p) ?? 0])) : undefined;
  return makeKpi(name, s.total, periods, { byChannel: s.byChannel, byPeriod });
}

/**
 * A ratio of sums (pooled, never an average of ratios). `channels` limits byChannel (CPL: channels with spend).
 * `minus` subtracts 1 from every ratio (ROI = revenue / spend - 1).
 */
export function ratioKpi(name: KpiName, num: Sums, den: Sums, periods: readonly string[], o: { channels?: Iterable<string>; timed?: boolean; minus?: number } = {}): Kpi {
  const f = (a: number, b: number) => {
    const r = ratio(a, b);
    return r === null ? null : r - (o.minus ?? 0);
  };
  const channels = [...(o.channels ?? new Set([...num.byChannel.keys(), ...den.byChannel.keys()]))];
  const byChannel = new Map(channels.map((c) => [c, f(num.byChannel.get(c) ?? 0, den.byChannel.get(c) ?? 0)]));
  const byPeriod = o.timed === false ? undefined : new Map(periods.map((p) => [p, f(num.byPeriod.get(p) ?? 0, den.byPeriod.get(p) ?? 0)]));
  return makeKpi(name, f(num.total, den.total), periods, { byChannel, byPeriod });
}
