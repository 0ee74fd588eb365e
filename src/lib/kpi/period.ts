// Periods in UTC: ISO week, month and quarter labels, label parsing, and change against the previous period.
import type { Granularity, PeriodValue } from './types';

export const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Monday 00:00 UTC of the ISO week of `ms`. */
function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return day - weekday * DAY;
}

/** The period label of a time: 2025-W03 (ISO week-year), 2025-01 or 2025-Q1. */
export function periodKey(ms: number, g: Granularity): string {
  const d = new Date(ms);
  if (g === 'month') return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  if (g === 'quarter') return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  // The ISO week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = new Date(weekStart(ms) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${pad(week)}`;
}

/** Start (inclusive) and end (exclusive) of the period that holds `ms`, ms UTC. */
export function periodBounds(ms: number, g: Granularity): [number, number] {
  if (g === 'week') {
    const s = weekStart(ms);
    return [s, s + 7 * DAY];
  }
  const d = new Date(ms);
  const months = g === 'month' ? 1 : 3;
  const m0 = g === 'month' ? d.getUTCMonth() : Math.floor(d.getUTCMonth() / 3) * 3;
  return [Date.UTC(d.getUTCFullYear(), m0), Date.UTC(d.getUTCFullYear(), m0 + months)];
}

/** Every period from the one holding `from` to the one holding `to`, in order, with bounds. */
export function periodsBetween(from: number, to: number, g: Granularity): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  if (!(from <= to)) return out;
  for (let [s, e] = periodBounds(from, g); s <= to; [s, e] = periodBounds(e, g)) out.push({ key: periodKey(s, g), start: s, end: e });
  return out;
}

/** The span a period label stands for: [start, end) ms UTC. */
export interface LabelSpan {
  start: number;
  end: number;
}

/**
 * Reads a period label: 2025-W03, 2025-Q1 / Q1 2025 / 2025 Q1, 2025-01 / 2025/01 / 1/2025, or a date
 * (2025-01-31, 31.1.2025) that spans `dateUnit` (a day, or a week for week-start columns). null when unreadable.
 */
export function parsePeriodLabel(label: string, dateUnit: 'day' | 'week' | 'month' = 'day'): LabelSpan | null {
  const s = label.trim();
  let m = /^(\d{4})-?W(\d{1,2})$/i.exec(s);
  if (m) {
    const year = Number(m[1]), week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const start = weekStart(Date.UTC(year, 0, 4)) + (week - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY };
  }
  const yq = /^(\d{4})[- /]?Q([1-4])$/i.exec(s), qy = /^Q([1-4])[- /](\d{4})$/i.exec(s);
  if (yq || qy) {
    const [year, q] = yq ? [Number(yq[1]), Number(yq[2])] : [Number(qy![2]), Number(qy![1])];
    return { start: Date.UTC(year, (q - 1) * 3), end: Date.UTC(year, q * 3) };
  }
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  const my = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m || my) {
    const [year, month] = m ? [Number(m[1]), Number(m[2])] : [Number(my![2]), Number(my![1])];
    if (month < 1 || month > 12) return null;
    return { start: Date.UTC(year, month - 1), end: Date.UTC(year, month) };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (!iso && !fi) return null;
  const [y, mo, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(fi![3]), Number(fi![2]), Number(fi![1])];
  const start = Date.UTC(y, mo - 1, d);
  if (new Date(start).getUTCDate() !== d) return null;
  const end = dateUnit === 'week' ? start + 7 * DAY : dateUnit === 'month' ? Date.UTC(y, mo, d) : start + DAY;
  return { start, end };
}

/** Adds the change against the previous period to each value. */
export function withChanges(points: readonly { period: string; value: number | null }[]): PeriodValue[] {
  return points.map((p, i) => {
    const prev = i > 0 ? points[i - 1].value : null;
    const change = p.value !== null && prev !== null ? p.value - prev : null;
    const changeRatio = change !== null && prev !== null && prev !== 0 ? change / Math.abs(prev) : null;
    return { period: p.period, value: p.value, change, changeRatio };
  });
}
