// KPI inputs from loaded datasets: the first journey file, every spend/deal/customer/NPS/forecast file, and the
// revenue a chosen attribution model credits to each channel (for ROI per lead source).
import { isJourneyKind, type Customer, type DatasetData, type Deal, type ForecastRow, type JourneyKind, type NpsAnswer, type SpendRow } from '../types';
import type { ModelName } from '../attribution/types';
import { attribute } from '../attribution/attribute';
import type { KpiInputs } from './compute';

export function kpiInputsFromData(datas: readonly DatasetData[], model: ModelName = 'first'): KpiInputs {
  const inputs: KpiInputs = {};
  const spend: SpendRow[] = [], deals: Deal[] = [], customers: Customer[] = [], nps: NpsAnswer[] = [], forecast: ForecastRow[] = [];
  let journeyKind: JourneyKind | undefined;
  for (const d of datas) {
    if (isJourneyKind(d) && !inputs.journeys) {
      inputs.journeys = d.journeys;
      journeyKind = d.kind;
    } else if (d.kind === 'spend') spend.push(...d.rows);
    else if (d.kind === 'deals') deals.push(...d.deals);
    else if (d.kind === 'customers') customers.push(...d.customers);
    else if (d.kind === 'nps') nps.push(...d.answers);
    else if (d.kind === 'forecast') forecast.push(...d.rows);
  }
  Object.assign(inputs, { spend, deals, customers, nps, forecast });
  if (inputs.journeys && journeyKind && spend.length > 0 && inputs.journeys.journeys.some((j) => j.value > 0)) {
    const credit = attribute(inputs.journeys, journeyKind, { models: [model] });
    const v = credit.models[model]?.value;
    if (v) {
      inputs.attributedRevenue = Object.fromEntries(credit.channels.map((c, i) => [c, v[i]]));
      inputs.attributionModel = model;
    }
  }
  return inputs;
}
