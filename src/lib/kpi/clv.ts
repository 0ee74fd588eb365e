// Customer lifetime value: CLV = ARPA × gross margin / churn rate (monthly), with the formula as text.
import { formatMoney, formatPercent } from '../util/format';

export interface ClvResult {
  /** null when churn is 0 (no end in sight) or an input is missing. */
  value: number | null;
  /** The formula with the numbers, e.g. "CLV = ARPA × gross margin / monthly churn = 500.00 × 80.0% / 2.00% = 20,000.00". */
  formula: string;
  arpa: number | null;
  margin: number;
  churn: number | null;
}

const FORMULA = 'CLV = ARPA × gross margin / monthly churn';

/** CLV from monthly ARPA, a gross margin (0..1) and a monthly churn rate. */
export function clv(arpa: number | null, margin: number, churn: number | null): ClvResult {
  if (!(margin >= 0 && margin <= 1)) throw new Error(`clv: the gross margin must be between 0 and 1, not ${margin}`);
  if (arpa === null || churn === null) return { value: null, formula: `${FORMULA} (ARPA or churn unknown)`, arpa, margin, churn };
  const numbers = `${formatMoney(arpa)} × ${formatPercent(margin)} / ${formatPercent(churn, 2)}`;
  if (churn === 0) return { value: null, formula: `${FORMULA} = ${numbers}: no churn observed, so the lifetime has no end in this data`, arpa, margin, churn };
  const value = (arpa * margin) / churn;
  return { value, formula: `${FORMULA} = ${numbers} = ${formatMoney(value)}`, arpa, margin, churn };
}
