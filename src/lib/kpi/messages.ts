// The KPI engine's sentences in English: formulas and why a KPI is unavailable, one template per message key.
import { formatMoney, formatPercent } from '../util/format';
import { KPI_DEFINITIONS } from './definitions';
import type { KpiName } from './types';

const CLV = 'CLV = ARPA × gross margin / monthly churn';
const clvNumbers = (p: { arpa: number; margin: number; churn: number }) => `${formatMoney(p.arpa)} × ${formatPercent(p.margin)} / ${formatPercent(p.churn, 2)}`;

export const kpiMessages = {
  /** The definition's formula (definitions.ts). */
  'kpi.formula': (p: { kpi: KpiName }) => KPI_DEFINITIONS[p.kpi].formula,
  /** ROI's formula naming the attribution model; null for revenue from the deals' source channel. */
  'kpi.formulaRoi': (p: { model: string | null }) => `${KPI_DEFINITIONS.roi.formula} (revenue credited by the ${p.model ?? 'deal source'} model)`,
  'kpi.clvUnknown': (_: Record<string, never>) => `${CLV} (ARPA or churn unknown)`,
  'kpi.clvNoChurn': (p: { arpa: number; margin: number; churn: number }) => `${CLV} = ${clvNumbers(p)}: no churn observed, so the lifetime has no end in this data`,
  'kpi.clv': (p: { arpa: number; margin: number; churn: number; value: number }) => `${CLV} = ${clvNumbers(p)} = ${formatMoney(p.value)}`,
  /** The definition's `needs` sentence: which file and columns enable the KPI. */
  'kpi.needs': (p: { kpi: KpiName }) => KPI_DEFINITIONS[p.kpi].needs,
  'kpi.churnActiveOnly': (_: Record<string, never>) => 'needs end dates in the customers file to place churn in periods (it has an active flag only)',
  'kpi.churnNoEnd': (_: Record<string, never>) => 'needs end dates (churn dates) in the customers file; no customer has one',
  'kpi.arpaNoMrr': (_: Record<string, never>) => 'needs a monthly revenue (MRR) column in the customers file',
  'kpi.clvNoMargin': (_: Record<string, never>) => 'needs the gross margin (a share between 0 and 1, e.g. 0.75)',
  'kpi.clvNeedsEnd': (_: Record<string, never>) => 'needs end dates and a monthly revenue (MRR) column in the customers file',
};
