// KPI inputs from loaded datasets: the first journey file, every spend/deal/customer/NPS/forecast file, and the
// revenue a chosen attribution model credits to each channel (for ROI by attribution credit).
import { isJourneyKind, type Customer, type DatasetData, type Deal, type ForecastRow, type JourneyKind, type JourneySet, type NpsAnswer, type SpendRow } from '../types';
import { stepOfStage, type FunnelStep } from './contacts';
import type { ModelName } from '../attribution/types';
import { attribute } from '../attribution/attribute';
import type { KpiInputs } from './compute';

/**
 * The journeys from each contact's lead touch on: the anonymous touches before it (a subscriber's visits) are
 * left out, so ROI credits the channels that brought and worked the lead. The lead touch is the first with a
 * stage at lead or later, as `contactsOf` reads it; a contact without one keeps every touch. A journey left with
 * no touch is dropped unless it converted (then it keeps its touches). Does not mutate `set`.
 */
export function fromLeadTouch(set: JourneySet, stageSteps?: Readonly<Record<string, FunnelStep>>): JourneySet {
  const isLead = set.stages.map((s) => (stepOfStage(s, stageSteps) ?? -1) >= 0);
  const leadAt = new Map<string, number>(); // journey id -> index into set.touches of its lead touch
  for (const j of set.journeys) {
    if (leadAt.has(j.id)) continue;
    for (let k = j.start; k < j.end; k++) {
      const st = set.touches.stage[k];
      if (st >= 0 && isLead[st]) { leadAt.set(j.id, k); break; }
    }
  }
  const journeys: JourneySet['journeys'] = [];
  for (const j of set.journeys) {
    const lead = leadAt.get(j.id);
    if (lead === undefined || lead <= j.start) journeys.push(j);
    else if (lead < j.end) journeys.push({ ...j, start: lead });
    else if (j.conversions > 0) journeys.push(j);
  }
  return { ...set, journeys };
}

/** `creditBeforeLead`: let the attribution model credit anonymous touches before the lead (default: not). */
export function kpiInputsFromData(datas: readonly DatasetData[], model: ModelName = 'first', o: { creditBeforeLead?: boolean } = {}): KpiInputs {
  const inputs: KpiInputs = {};
  // concat, not push(...rows): a spread passes every row as an argument, and 300,000 of them overflow the stack.
  let spend: SpendRow[] = [], deals: Deal[] = [], customers: Customer[] = [], nps: NpsAnswer[] = [], forecast: ForecastRow[] = [];
  let journeyKind: JourneyKind | undefined;
  for (const d of datas) {
    if (isJourneyKind(d) && !inputs.journeys) {
      inputs.journeys = d.journeys;
      journeyKind = d.kind;
    } else if (d.kind === 'spend') spend = spend.concat(d.rows);
    else if (d.kind === 'deals') deals = deals.concat(d.deals);
    else if (d.kind === 'customers') customers = customers.concat(d.customers);
    else if (d.kind === 'nps') nps = nps.concat(d.answers);
    else if (d.kind === 'forecast') forecast = forecast.concat(d.rows);
  }
  Object.assign(inputs, { spend, deals, customers, nps, forecast });
  if (inputs.journeys && journeyKind && spend.length > 0 && inputs.journeys.journeys.some((j) => j.value > 0)) {
    const credited = o.creditBeforeLead ? inputs.journeys : fromLeadTouch(inputs.journeys);
    const credit = attribute(credited, journeyKind, { models: [model] });
    const v = credit.models[model]?.value;
    if (v) {
      inputs.attributedRevenue = Object.fromEntries(credit.channels.map((c, i) => [c, v[i]]));
      inputs.attributionModel = model;
      inputs.creditBeforeLead = o.creditBeforeLead === true;
    }
  }
  return inputs;
}
