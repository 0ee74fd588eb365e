// Customer lifetime value: CLV = ARPA × gross margin / churn rate (monthly), with the formula as text.
import { msg, type Msg } from '../messages';

export interface ClvResult {
  /** null when churn is 0 (no end in sight) or an input is missing. */
  value: number | null;
  /** The formula with the numbers, e.g. "CLV = ARPA × gross margin / monthly churn = 500.00 × 80.0% / 2.00% = 20,000.00". */
  formula: Msg;
  arpa: number | null;
  margin: number;
  churn: number | null;
}


/** CLV from monthly ARPA, a gross margin (0..1) and a monthly churn rate. */
export function clv(arpa: number | null, margin: number, churn: number | null): ClvResult {
  if (!(margin >= 0 && margin <= 1)) throw new Error(`clv: the gross margin must be between 0 and 1, not ${margin}`);
  const out = (value: number | null, formula: Msg): ClvResult => ({ value, formula, arpa, margin, churn });
  if (arpa === null || churn === null) return out(null, msg('kpi.clvUnknown', {}));
  if (churn === 0) return out(null, msg('kpi.clvNoChurn', { arpa, margin, churn }));
  const value = (arpa * margin) / churn;
  return out(value, msg('kpi.clv', { arpa, margin, churn, value }));
}
