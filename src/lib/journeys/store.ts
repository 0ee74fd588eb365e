// Touches as columns: writing them, building a set from small object inputs, and reading one journey's touches.
import type { Journey, JourneySet, Touch, TouchColumns } from '../types';

/** Appends touches to growing typed columns. */
export class TouchWriter {
  #cols: TouchColumns;
  #length = 0;

  constructor(capacity = 1024) {
    this.#cols = TouchWriter.#alloc(Math.max(16, capacity));
  }

  static #alloc(n: number): TouchColumns {
    return { channel: new Int32Array(n), time: new Float64Array(n), type: new Int32Array(n), stage: new Int32Array(n), campaign: new Int32Array(n) };
  }

  get length(): number {
    return this.#length;
  }

  /** Appends one touch; -1 for no type, stage or campaign, NaN for no time. Returns its index. */
  push(channel: number, time: number, type: number, stage: number, campaign: number): number {
    let c = this.#cols;
    const k = this.#length;
    if (k === c.channel.length) {
      const grown = TouchWriter.#alloc(k * 2);
      grown.channel.set(c.channel); grown.time.set(c.time); grown.type.set(c.type); grown.stage.set(c.stage); grown.campaign.set(c.campaign);
      this.#cols = c = grown;
    }
    c.channel[k] = channel;
    c.time[k] = time;
    c.type[k] = type;
    c.stage[k] = stage;
    c.campaign[k] = campaign;
    return this.#length++;
  }

  /** Copies touch k of `from` (another set's columns). */
  copy(from: TouchColumns, k: number, channel = from.channel[k]): number {
    return this.push(channel, from.time[k], from.type[k], from.stage[k], from.campaign[k]);
  }

  /** The columns, trimmed to the touches written. */
  finish(): TouchColumns {
    const c = this.#cols, n = this.#length;
    return { channel: c.channel.slice(0, n), time: c.time.slice(0, n), type: c.type.slice(0, n), stage: c.stage.slice(0, n), campaign: c.campaign.slice(0, n) };
  }
}

/** A journey given with its touches as objects. */
export interface JourneyInput extends Omit<Journey, 'start' | 'end'> {
  touches: readonly Touch[];
}

export interface SetInput {
  channels: string[];
  types?: string[];
  stages?: string[];
  campaigns?: string[];
  journeys: readonly JourneyInput[];
  /** Default: every touch has a time (and there is at least one). */
  timed?: boolean;
}

/** A JourneySet from journeys with touch objects (path tables, examples in tests). */
export function journeySet(input: SetInput): JourneySet {
  const w = new TouchWriter(input.journeys.reduce((a, j) => a + j.touches.length, 0));
  let timed = 0;
  const journeys = input.journeys.map(({ touches, ...j }): Journey => {
    const start = w.length;
    for (const t of touches) {
      w.push(t.channel, t.time ?? NaN, t.type ?? -1, t.stage ?? -1, t.campaign ?? -1);
      if (t.time !== undefined) timed++;
    }
    return { ...j, start, end: w.length };
  });
  return {
    channels: input.channels, types: input.types ?? [], stages: input.stages ?? [], campaigns: input.campaigns ?? [],
    journeys, touches: w.finish(), timed: input.timed ?? (w.length > 0 && timed === w.length),
  };
}

/** One journey's touches as objects, for small consumers and tests. */
export function touchesOf(set: JourneySet, j: Journey): Touch[] {
  const c = set.touches;
  const out: Touch[] = [];
  for (let k = j.start; k < j.end; k++) {
    const t: Touch = { channel: c.channel[k] };
    if (!Number.isNaN(c.time[k])) t.time = c.time[k];
    if (c.type[k] >= 0) t.type = c.type[k];
    if (c.stage[k] >= 0) t.stage = c.stage[k];
    if (c.campaign[k] >= 0) t.campaign = c.campaign[k];
    out.push(t);
  }
  return out;
}
