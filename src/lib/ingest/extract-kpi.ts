// Typed rows of the KPI kinds: customers, NPS answers and forecasts.
import type { Customer, ForecastRow, NpsAnswer } from '../types';
import type { RoleColumns } from './columns';
import { flag, num, text } from './getters';

/** Valid rows as customers. */
export function customers(cols: RoleColumns, rowNumbers: Int32Array): Customer[] {
  const id = text(cols, 'customer_id'), start = num(cols, 'start_date'), end = num(cols, 'end_date');
  const active = flag(cols, 'active'), mrr = num(cols, 'mrr'), segment = text(cols, 'segment'), channel = text(cols, 'channel');
  const out: Customer[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    if (!cols.valid[r]) continue;
    out.push({ id: id(r) as string, start: start(r), end: end(r), active: active(r), mrr: mrr(r), segment: segment(r), channel: channel(r) });
  }
  return out;
}

/** Valid rows with a score as NPS answers (an empty score is no answer). */
export function nps(cols: RoleColumns, rowNumbers: Int32Array): NpsAnswer[] {
  const score = num(cols, 'score'), time = num(cols, 'date'), segment = text(cols, 'segment');
  const out: NpsAnswer[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    const s = score(r);
    if (!cols.valid[r] || s === undefined) continue;
    out.push({ score: s, time: time(r), segment: segment(r) });
  }
  return out;
}

/** Valid rows with both a forecast and an actual value. */
export function forecast(cols: RoleColumns, rowNumbers: Int32Array): ForecastRow[] {
  const period = text(cols, 'period'), channel = text(cols, 'channel'), f = num(cols, 'forecast'), a = num(cols, 'actual');
  const out: ForecastRow[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    const fv = f(r), av = a(r);
    if (!cols.valid[r] || fv === undefined || av === undefined) continue;
    out.push({ period: period(r), channel: channel(r), forecast: fv, actual: av });
  }
  return out;
}
