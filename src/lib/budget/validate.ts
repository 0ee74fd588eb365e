// Checks a scenario read from JSON: every problem as a sentence (a Msg) naming the field, none thrown.
import { MAX_AMOUNT } from '../parsing/magnitude';
import { msg, type Msg } from '../messages';
import type { Shown } from './messages';
import { SCENARIO_MODES, type Scenario, type ScenarioMode } from './types';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; problems: Msg[] };

const TOP = ['mode', 'totalBudget', 'targetMroi', 'targetRoas', 'channels'];
const CHANNEL = ['name', 'currentSpend', 'curve', 'min', 'max', 'minRatio', 'maxRatio'];
const CURVE = ['beta', 'alpha', 'gamma', 'carryover'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nesting a scenario never needs: a channel's curve is 3 levels down. */
const MAX_DEPTH = 20;

/** True when `v` nests objects or arrays more than `limit` levels deep; level by level, so it never recurses. */
function deeperThan(v: unknown, limit: number): boolean {
  let level: unknown[] = [v];
  for (let depth = 0; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const x of level) {
      if (typeof x !== 'object' || x === null) continue;
      if (depth >= limit) return true;
      for (const child of Object.values(x)) next.push(child);
    }
    level = next;
  }
  return false;
}

/** A value as the problem sentence shows it: its JSON, or what it is when it nests too deep for JSON.stringify. */
const show = (v: unknown): Shown => {
  if (typeof v === 'string') return { json: `"${v}"` };
  if (deeperThan(v, MAX_DEPTH)) return { deep: Array.isArray(v) ? 'array' : 'object', levels: MAX_DEPTH };
  return { json: JSON.stringify(v) ?? String(v) };
};

/** Field checks that push a sentence per problem. */
function checker(problems: Msg[]) {
  return {
    unknown(o: Obj, allowed: readonly string[], where: string) {
      for (const k of Object.keys(o)) if (!allowed.includes(k)) problems.push(msg('scenario.unknownField', { field: `${where}${k}`, allowed: [...allowed] }));
    },
    num(o: Obj, key: string, where: string, req: { optional?: boolean; min?: number; above?: number }): boolean {
      const v = o[key], field = `${where}${key}`;
      if (v === undefined) {
        if (!req.optional) problems.push(msg('scenario.missing', { field }));
        return false;
      }
      if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(msg('scenario.notNumber', { field, value: show(v) }));
      else if (Math.abs(v) > MAX_AMOUNT) problems.push(msg('scenario.tooLarge', { field, value: v }));
      else if (req.min !== undefined && v < req.min) problems.push(msg('scenario.atLeast', { field, min: req.min, value: v }));
      else if (req.above !== undefined && !(v > req.above)) problems.push(msg('scenario.above', { field, min: req.above, value: v }));
      else return true;
      return false;
    },
  };
}

/** Validates parsed JSON as a Scenario. Does not mutate `input`; the scenario returned is a copy. */
export function validateScenario(input: unknown): ScenarioCheck {
  const problems: Msg[] = [];
  if (!isObj(input)) return { ok: false, problems: [msg('scenario.notObject', { value: show(input) })] };
  const c = checker(problems);
  c.unknown(input, TOP, '');
  const mode = input.mode as ScenarioMode;
  if (!SCENARIO_MODES.includes(mode)) problems.push(msg('scenario.mode', { modes: [...SCENARIO_MODES], value: show(input.mode) }));
  c.num(input, 'totalBudget', '', { optional: true, min: 0 });
  c.num(input, 'targetMroi', '', { optional: mode !== 'target_mroi', above: 0 });
  c.num(input, 'targetRoas', '', { optional: mode !== 'target_roas', above: 0 });
  if (!Array.isArray(input.channels) || input.channels.length === 0) {
    problems.push(msg('scenario.noChannels', { value: show(input.channels) }));
    return { ok: false, problems };
  }
  const names = new Set<string>();
  input.channels.forEach((ch: unknown, i) => {
    const at = `channels[${i}].`;
    if (!isObj(ch)) {
      problems.push(msg('scenario.channelNotObject', { field: `channels[${i}]`, value: show(ch) }));
      return;
    }
    c.unknown(ch, CHANNEL, at);
    if (typeof ch.name !== 'string' || ch.name.trim() === '') problems.push(msg('scenario.nameEmpty', { field: `${at}name`, value: show(ch.name) }));
    else if (names.has(ch.name)) problems.push(msg('scenario.nameTwice', { field: `${at}name`, name: ch.name }));
    else names.add(ch.name);
    const spendOk = c.num(ch, 'currentSpend', at, { min: 0 });
    if (!isObj(ch.curve)) problems.push(msg('scenario.curveNotObject', { field: `${at}curve`, value: show(ch.curve) }));
    else {
      c.unknown(ch.curve, CURVE, `${at}curve.`);
      c.num(ch.curve, 'beta', `${at}curve.`, { min: 0 });
      c.num(ch.curve, 'alpha', `${at}curve.`, { above: 0 });
      c.num(ch.curve, 'gamma', `${at}curve.`, { above: 0 });
      c.num(ch.curve, 'carryover', `${at}curve.`, { optional: true, min: 0 });
    }
    const has = { min: c.num(ch, 'min', at, { optional: true, min: 0 }), max: c.num(ch, 'max', at, { optional: true, min: 0 }),
      minRatio: c.num(ch, 'minRatio', at, { optional: true, min: 0 }), maxRatio: c.num(ch, 'maxRatio', at, { optional: true, min: 0 }) };
    if (ch.min !== undefined && ch.minRatio !== undefined) problems.push(msg('scenario.both', { a: `${at}min`, b: `${at}minRatio` }));
    if (ch.max !== undefined && ch.maxRatio !== undefined) problems.push(msg('scenario.both', { a: `${at}max`, b: `${at}maxRatio` }));
    const spend = spendOk ? (ch.currentSpend as number) : NaN;
    const lo = has.min ? (ch.min as number) : has.minRatio ? (ch.minRatio as number) * spend : 0;
    const hi = has.max ? (ch.max as number) : has.maxRatio ? (ch.maxRatio as number) * spend : Infinity;
    if (lo > hi) problems.push(msg('scenario.minAboveMax', { min: `${at}min`, max: `${at}max`, low: lo, high: hi }));
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: JSON.parse(JSON.stringify(input)) as Scenario };
}
