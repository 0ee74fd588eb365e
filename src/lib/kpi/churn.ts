// Churn rate and ARPA per period from a customers file (start, end or active flag, monthly revenue).
import type { Customer } from '../types';

/** A period with bounds: [start, end) ms UTC. */
export interface Bounds {
  key: string;
  start: number;
  end: number;
}

/** One period of the customer base. */
export interface ChurnPoint {
  period: string;
  /** Customers active at the period's start. */
  atStart: number;
  /**
   * Of those, customers whose end falls in the period: after its start, up to and including its end. An end date
   * is the first day without the customer, so an end on 1 May is a loss in April (active all of April, gone in May).
   */
  churned: number;
  /** Customers who started after the period's start and ended within it: not in the rate, counted apart. */
  startedAndLost: number;
  /** churned / atStart; null when no one was active at the start. */
  rate: number | null;
  /** Customers active at any moment of the period that have a monthly revenue, and the sum of it. */
  accounts: number;
  mrr: number;
  /** mrr / accounts. */
  arpa: number | null;
}

export interface ChurnResult {
  points: ChurnPoint[];
  /** Pooled over the periods: sum(churned) / sum(atStart). */
  rate: number | null;
  /** Pooled over the periods: sum(mrr) / sum(accounts). */
  arpa: number | null;
  /** Churned customers (active = false) without an end date: in no period. */
  undated: number;
  /** Pooled over the periods: customers who started and ended within one period (not in the rate). */
  startedAndLost: number;
}

/** Active at time t: started at or before t (or no start known) and not ended by t. */
const activeAt = (c: Customer, t: number) => (c.start === undefined || c.start <= t) && (c.end === undefined || t < c.end);

/** Customers the periods can use: a churned customer needs its end date. */
const dated = (c: Customer) => !(c.active === false && c.end === undefined);

/** Churn and ARPA per period, pooled totals too. Does not mutate its inputs. */
export function churnSeries(customers: readonly Customer[], periods: readonly Bounds[]): ChurnResult {
  const use = customers.filter(dated);
  let churnedAll = 0, atStartAll = 0, mrrAll = 0, accountsAll = 0, startedAndLostAll = 0;
  const points = periods.map(({ key, start, end }) => {
    let atStart = 0, churned = 0, accounts = 0, mrr = 0, startedAndLost = 0;
    for (const c of use) {
      const last = c.end ?? Infinity;
      const endsWithin = last > start && last <= end;
      if (activeAt(c, start)) {
        atStart++;
        if (endsWithin) churned++;
      } else if (endsWithin && c.start !== undefined && c.start > start && c.start < last) startedAndLost++;
      const during = (c.start === undefined || c.start < end) && (c.end === undefined || c.end > start);
      if (during && c.mrr !== undefined) { accounts++; mrr += c.mrr; }
    }
    churnedAll += churned; atStartAll += atStart; mrrAll += mrr; accountsAll += accounts; startedAndLostAll += startedAndLost;
    return { period: key, atStart, churned, startedAndLost, rate: atStart === 0 ? null : churned / atStart, accounts, mrr, arpa: accounts === 0 ? null : mrr / accounts };
  });
  return {
    points,
    rate: atStartAll === 0 ? null : churnedAll / atStartAll,
    arpa: accountsAll === 0 ? null : mrrAll / accountsAll,
    undated: customers.length - use.length,
    startedAndLost: startedAndLostAll,
  };
}

/** ARPA of the customers active now (no end date, not flagged churned): for files without dates. */
export function currentArpa(customers: readonly Customer[]): number | null {
  let n = 0, sum = 0;
  for (const c of customers) {
    if (c.end !== undefined || c.active === false || c.mrr === undefined) continue;
    n++;
    sum += c.mrr;
  }
  return n === 0 ? null : sum / n;
}

/** Customers grouped by a key (segment or channel); customers without the key are left out. */
export function groupCustomers(customers: readonly Customer[], key: (c: Customer) => string | undefined): Map<string, Customer[]> {
  const m = new Map<string, Customer[]>();
  for (const c of customers) {
    const k = key(c);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  }
  return m;
}
