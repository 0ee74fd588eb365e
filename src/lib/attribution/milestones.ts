// Milestone attribution for B2B funnels: W-shaped (first, lead, opportunity) and full-path / Z-shaped
// (first, lead, opportunity, last). Milestones come from the stage of each touch.

import type { JourneySet } from '../types';
import type { ModelResult } from './types';
import { unavailable } from './unavailable';

/** Lower case, diacritics folded ('Mahdollisuus', 'MÄHDOLLISUUS' alike), '-' and '_' as spaces, spaces collapsed. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-_\s]+/g, ' ').trim();

const LEAD = new Set(['lead', 'mql', 'liidi', 'marketing qualified lead']);
const OPPORTUNITY = new Set(['opportunity', 'sql', 'deal', 'mahdollisuus', 'sales qualified lead']);

/** Milestone a stage name marks: 1 lead, 2 opportunity, 0 none. */
export function stageMilestone(stage: string): 0 | 1 | 2 {
  const s = fold(stage);
  return LEAD.has(s) ? 1 : OPPORTUNITY.has(s) ? 2 : 0;
}

/** Shares of the roles; `others` is shared evenly by the touches that hold no role. */
const SHARES = {
  w_shaped: { first: 0.3, lead: 0.3, opportunity: 0.3, last: 0, others: 0.1 },
  full_path: { first: 0.225, lead: 0.225, opportunity: 0.225, last: 0.225, others: 0.1 },
} as const;

/**
 * Credit of a milestone model. The lead touch is the first touch whose stage is lead / MQL / liidi /
 * marketing qualified lead; the opportunity touch the first whose stage is opportunity / SQL / deal /
 * mahdollisuus / sales qualified lead (case and diacritics ignored). A touch holding several roles adds their
 * shares; a missing role gives nothing; then weights are normalised within the journey. Unavailable when no
 * touch has a stage. Does not mutate `set`.
 */
export function milestoneModel(set: JourneySet, model: 'w_shaped' | 'full_path'): ModelResult {
  const shares = SHARES[model];
  if (!shares) throw new Error(`invalid milestone model: ${String(model)}`);
  if (set.stages.length === 0) return unavailable('attribution.needsStage', { model });
  const milestone = set.stages.map(stageMilestone);
  const conversions = new Float64Array(set.channels.length);
  const value = new Float64Array(set.channels.length);
  const { stage, channel } = set.touches;
  let w = new Float64Array(16);
  for (const j of set.journeys) {
    const n = j.end - j.start;
    if (!(j.conversions > 0) || n === 0) continue;
    if (w.length < n) w = new Float64Array(2 * n);
    w.fill(0, 0, n);
    let lead = -1;
    let opportunity = -1;
    for (let i = 0; i < n && (lead < 0 || opportunity < 0); i++) {
      const s = stage[j.start + i];
      const m = s < 0 ? 0 : milestone[s];
      if (m === 1 && lead < 0) lead = i;
      else if (m === 2 && opportunity < 0) opportunity = i;
    }
    w[0] += shares.first;
    if (lead >= 0) w[lead] += shares.lead;
    if (opportunity >= 0) w[opportunity] += shares.opportunity;
    w[n - 1] += shares.last;
    // Role holders: first, lead, opportunity, and the last touch in full-path (it has a role there).
    const holds = (i: number) => i === 0 || i === lead || i === opportunity || (shares.last > 0 && i === n - 1);
    let others = 0;
    for (let i = 0; i < n; i++) if (!holds(i)) others++;
    for (let i = 0; i < n; i++) if (!holds(i)) w[i] += shares.others / others;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += w[i];
    if (!(sum > 0)) continue; // cannot happen (the first touch always has a share); kept as a guard
    for (let i = 0; i < n; i++) {
      const share = w[i] / sum;
      const c = channel[j.start + i];
      conversions[c] += share * j.conversions;
      value[c] += share * j.value;
    }
  }
  return { ok: true, credit: { conversions, value } };
}
