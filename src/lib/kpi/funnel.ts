// The funnel lead -> MQL -> SQL -> opportunity -> won: counts, stage-to-stage conversion and drop-off, per channel.
import { FUNNEL_STEPS, type Contact, type FunnelStep } from './contacts';
import { ratio } from './stats';
import { recordOf } from '../util/own';

/** One funnel: a count per known step and the conversion from each known step to the next known one. */
export interface FunnelRow {
  /** Journeys that reached each step (by stage, MQL rule or conversion); null for steps the data does not name. */
  counts: (number | null)[];
  /** conversion[i]: from `steps[i]` to the next known step; null when the step is unknown or has no one. */
  conversion: (number | null)[];
  /** dropOff[i]: journeys lost between `steps[i]` and the next known step. */
  dropOff: (number | null)[];
}

export interface FunnelResult {
  steps: readonly FunnelStep[];
  /** Which steps the data names (lead and won always; MQL by stage or rule; SQL and opportunity by stage). */
  known: boolean[];
  total: FunnelRow;
  /** By lead source channel. */
  byChannel: Record<string, FunnelRow>;
}

/** How far a contact got: 4 won, 2 SQL..., 1 MQL by rule, 0 lead, -1 not a lead. */
export function reach(c: Contact): number {
  if (c.step < 0) return -1;
  if (c.won > 0) return 4;
  return Math.max(c.step >= 4 ? 3 : c.step, c.mql ? 1 : 0);
}

/** Weight of a contact at a step: won journeys at 'won', all its journeys before. */
function weightAt(c: Contact, step: number): number {
  const r = reach(c);
  if (r < step) return 0;
  return step === 4 ? c.won : c.weight;
}

/** Counts of known steps for a list of contacts, with conversions between consecutive known steps. */
export function funnelRow(contacts: readonly Contact[], known: readonly boolean[]): FunnelRow {
  const counts = FUNNEL_STEPS.map((_, s) => (known[s] ? contacts.reduce((sum, c) => sum + weightAt(c, s), 0) : null));
  const conversion: (number | null)[] = [], dropOff: (number | null)[] = [];
  for (let s = 0; s < FUNNEL_STEPS.length - 1; s++) {
    const next = known.findIndex((k, i) => i > s && k);
    const a = counts[s], b = next < 0 ? null : counts[next];
    conversion.push(a === null || b === null ? null : ratio(b, a));
    dropOff.push(a === null || b === null ? null : a - b);
  }
  return { counts, conversion, dropOff };
}

/**
 * Which steps the data names: lead and won always, MQL when some contact met the MQL rule, SQL and
 * opportunity when some stage names them.
 */
export function knownSteps(contacts: readonly Contact[]): boolean[] {
  const named = new Set(contacts.flatMap((c) => c.named));
  return FUNNEL_STEPS.map((_, s) => s === 0 || s === 4 || named.has(s) || (s === 1 && contacts.some((c) => c.qualified)));
}

/** The funnel over all contacts and per lead source channel. Does not mutate `contacts`. */
export function funnel(contacts: readonly Contact[]): FunnelResult {
  const known = knownSteps(contacts);
  const groups = new Map<string, Contact[]>();
  for (const c of contacts) {
    if (c.step < 0) continue;
    const g = groups.get(c.channel);
    if (g) g.push(c);
    else groups.set(c.channel, [c]);
  }
  const byChannel = recordOf([...groups.keys()].sort().map((ch) => [ch, funnelRow(groups.get(ch) as Contact[], known)] as const));
  return { steps: FUNNEL_STEPS, known, total: funnelRow(contacts, known), byChannel };
}
