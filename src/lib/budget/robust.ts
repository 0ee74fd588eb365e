// How sure a reallocation is across attribution models: one solve per model, a range and a badge per channel,
// and a consensus allocation that maximises the average response over the models.
import { maximizeResponse, type Allocation, type ChannelBounds } from './allocate';
import { averageResponse, hillResponse } from './curve';
import { hill, type HillCurve } from './response';

export interface RobustChannel {
  name: string;
  currentSpend: number;
  min: number;
  max: number;
}

/** One model's curves, in the order of the channels. A channel the model gives no credit has beta 0. */
export interface ModelCurves {
  model: string;
  curves: readonly HillCurve[];
}

export interface RobustOptions {
  /** Changes smaller than this fraction of current spend count as no change for the badges. @default 0.005 */
  tolerance: number;
}

export const defaultRobustOptions: Readonly<RobustOptions> = Object.freeze({ tolerance: 0.005 });

export type RobustBadge = 'increase' | 'decrease' | 'depends';

export interface RobustChannelResult {
  name: string;
  currentSpend: number;
  /** Recommended spend per model, in the order of `models`. */
  recommended: number[];
  low: number;
  high: number;
  /** 'increase' in every model, 'decrease' in every model, or it depends on the model. */
  badge: RobustBadge;
  consensus: number;
}

export interface ModelLoss {
  model: string;
  /** The model's response at its own optimum and at the consensus allocation. */
  optimal: number;
  atConsensus: number;
  loss: number;
  /** loss / optimal. */
  share: number;
}

export interface RobustResult {
  models: { model: string; allocation: Allocation }[];
  channels: RobustChannelResult[];
  /** Maximises the average response over the models (a sum of concave curves again: water-filling on averages). */
  consensus: Allocation;
  losses: ModelLoss[];
}

/** Solves `budget` once per model and once for the average. Does not mutate its inputs. */
export function robustAllocation(channels: readonly RobustChannel[], models: readonly ModelCurves[], budget: number,
  options: Partial<RobustOptions> = {}): RobustResult {
  const { tolerance } = { ...defaultRobustOptions, ...options };
  if (models.length === 0) throw new Error('robustAllocation() needs at least one model, you passed none');
  const bad = models.find((m) => m.curves.length !== channels.length);
  if (bad) throw new Error(`model ${bad.model} has ${bad.curves.length} curves for ${channels.length} channels`);
  const problem = (curveOf: (i: number) => ChannelBounds['response']): ChannelBounds[] =>
    channels.map((c, i) => ({ response: curveOf(i), min: c.min, max: c.max, name: c.name }));
  const solved = models.map((m) => ({ model: m.model, allocation: maximizeResponse(problem((i) => hillResponse(m.curves[i])), budget) }));
  const consensus = maximizeResponse(problem((i) => averageResponse(models.map((m) => hillResponse(m.curves[i])))), budget);
  const badge = (current: number, xs: readonly number[]): RobustBadge => {
    const step = tolerance * Math.max(current, Number.MIN_VALUE);
    if (xs.every((x) => x > current + step)) return 'increase';
    if (xs.every((x) => x < current - step)) return 'decrease';
    return 'depends';
  };
  return {
    models: solved,
    channels: channels.map((c, i) => {
      const recommended = solved.map((s) => s.allocation.spends[i]);
      return {
        name: c.name, currentSpend: c.currentSpend, recommended, low: Math.min(...recommended), high: Math.max(...recommended),
        badge: badge(c.currentSpend, recommended), consensus: consensus.spends[i],
      };
    }),
    consensus,
    losses: models.map((m, k) => {
      const optimal = solved[k].allocation.response;
      const atConsensus = m.curves.reduce((a, curve, i) => a + hill(curve, consensus.spends[i]), 0);
      return { model: m.model, optimal, atConsensus, loss: optimal - atConsensus, share: optimal > 0 ? (optimal - atConsensus) / optimal : 0 };
    }),
  };
}
