// Journeys -> contacts: lead source channel, the funnel step each reached, and when (lead, MQL, won).
import type { JourneySet } from '../types';
import { touchesOf } from '../journeys/store';

export const FUNNEL_STEPS = ['lead', 'mql', 'sql', 'opportunity', 'won'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** How an MQL is recognised: a stage value (or any later stage), or touch types that qualify. */
export type MqlRule = { by: 'stage'; stage: string } | { by: 'touch_types'; types: readonly string[] };

/** Touch types that qualify a lead by default: webinars, content downloads, demo requests (substring match). */
export const DEFAULT_MQL_TYPES: readonly string[] = ['webinar', 'download', 'demo'];

const fold = (s: string) => s.trim().toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[\s_-]+/g, ' ');

/** Stage words (folded) -> step index; -1 is before lead (HubSpot subscriber). */
const STEP_WORDS = new Map<string, number>([
  ['subscriber', -1], ['visitor', -1], ['tilaaja', -1], ['kavija', -1],
  ['lead', 0], ['liidi', 0], ['prospect', 0], ['new lead', 0],
  ['mql', 1], ['marketing qualified lead', 1], ['marketingqualifiedlead', 1], ['markkinoinnin hyvaksyma liidi', 1],
  ['sql', 2], ['sales qualified lead', 2], ['salesqualifiedlead', 2], ['myynnin hyvaksyma liidi', 2],
  ['opportunity', 3], ['opp', 3], ['mahdollisuus', 3], ['myyntimahdollisuus', 3], ['proposal', 3], ['tarjous', 3],
  ['won', 4], ['closed won', 4], ['closedwon', 4], ['customer', 4], ['asiakas', 4], ['kauppa', 4], ['voitettu', 4],
]);

/** The funnel step of a stage value (0 lead .. 4 won, -1 before lead), or undefined when not recognised. */
export function stepOfStage(stage: string, overrides?: Readonly<Record<string, FunnelStep>>): number | undefined {
  const f = fold(stage);
  if (overrides) for (const [k, v] of Object.entries(overrides)) if (fold(k) === f) return FUNNEL_STEPS.indexOf(v);
  return STEP_WORDS.get(f);
}

/** One contact (a journey id): what it reached, with weights for path tables (one row = many journeys). */
export interface Contact {
  id: string;
  /** Channel of the touch where it became a lead: its lead source. */
  channel: string;
  /** Journeys it stands for (1 for touchpoints; conversions + nulls of a path-table row). */
  weight: number;
  /** Highest step reached by stage or conversion (0 lead .. 4 won), -1 when it never became a lead. */
  step: number;
  /** Met the MQL rule or reached SQL or later. */
  mql: boolean;
  /** Met the MQL rule itself: a touch at exactly the MQL stage value, or a qualifying touch type. */
  qualified: boolean;
  /** Won journeys among `weight`. */
  won: number;
  /** Conversion value. */
  value: number;
  leadTime?: number;
  mqlTime?: number;
  wonTime?: number;
  /** Steps named by this contact's stages (to know which funnel steps the data has). */
  named: number[];
}

export interface ContactOptions {
  mqlRule: MqlRule;
  /** Extra stage values -> funnel step (the user's own stage names). */
  stageSteps?: Readonly<Record<string, FunnelStep>>;
}

/**
 * Groups journeys by id (touchpoint files split a contact's journey at each conversion) and reads the funnel.
 * A contact with no recognised stage is a lead at its first touch. Contacts without touches are left out.
 * Does not mutate `set`.
 */
export function contactsOf(set: JourneySet, o: ContactOptions): Contact[] {
  const groups = new Map<string, JourneySet['journeys']>();
  for (const j of set.journeys) {
    const g = groups.get(j.id);
    if (g) g.push(j);
    else groups.set(j.id, [j]);
  }
  const stageSteps = set.stages.map((s) => stepOfStage(s, o.stageSteps));
  const rule = o.mqlRule;
  const mqlStep = rule.by === 'stage' ? stepOfStage(rule.stage, o.stageSteps) : undefined;
  const mqlStageValue = rule.by === 'stage' && mqlStep === undefined ? fold(rule.stage) : undefined;
  const typeHits = rule.by === 'touch_types' ? set.types.map((t) => rule.types.some((q) => fold(t).includes(fold(q)))) : [];
  const out: Contact[] = [];
  for (const [id, journeys] of groups) {
    const touches = journeys.flatMap((j) => touchesOf(set, j)); // one contact's touches, as objects: few and short-lived
    if (touches.length === 0) continue;
    const weight = Math.max(...journeys.map((j) => j.conversions + j.nulls));
    const conversions = journeys.reduce((s, j) => s + j.conversions, 0);
    let won = Math.min(weight, conversions);
    let wonTime = journeys.find((j) => j.conversions > 0)?.conversionTime;
    let wonStageTime: number | undefined, wonByStage = false;
    let step = -2, leadAt = -1, anyKnown = false;
    const named = new Set<number>();
    let mqlTime: number | undefined, mqlHit = false, sqlTime: number | undefined, qualified = false;
    touches.forEach((t, i) => {
      const s = t.stage === undefined ? undefined : stageSteps[t.stage];
      if (s !== undefined) { anyKnown = true; named.add(s); step = Math.max(step, s); }
      if (leadAt < 0 && s !== undefined && s >= 0) leadAt = i;
      const hit = mqlStep !== undefined ? s !== undefined && s >= mqlStep
        : mqlStageValue !== undefined ? t.stage !== undefined && fold(set.stages[t.stage]) === mqlStageValue
        : t.type !== undefined && typeHits[t.type];
      if (hit && !mqlHit) { mqlHit = true; mqlTime = t.time; }
      if (hit && (mqlStep === undefined || s === mqlStep)) qualified = true;
      if (s !== undefined && s >= 2 && sqlTime === undefined) sqlTime = t.time;
      if (s === 4 && !wonByStage) { wonByStage = true; wonStageTime = t.time; }
    });
    // A won stage without a conversion flag is a win too.
    if (won === 0 && wonByStage) { won = weight; wonTime = wonStageTime; }
    if (!anyKnown) { step = 0; leadAt = 0; }
    if (won > 0) step = 4;
    if (leadAt < 0) leadAt = step >= 0 ? 0 : -1; // only unrecognised or pre-lead stages before a later lead
    const mql = step >= 0 && (mqlHit || step >= 2);
    out.push({
      id, weight, step, mql, qualified: qualified && step >= 0, won, value: journeys.reduce((s, j) => s + j.value, 0), named: [...named],
      channel: leadAt >= 0 ? set.channels[touches[leadAt].channel] : set.channels[touches[0].channel],
      leadTime: leadAt >= 0 ? touches[leadAt].time : undefined,
      mqlTime: mql ? minDefined(mqlHit ? mqlTime : undefined, sqlTime) : undefined,
      wonTime: won > 0 ? wonTime : undefined,
    });
  }
  return out;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
