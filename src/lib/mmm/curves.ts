// Points of a channel's steady-state weekly response curve for a chart, with the bootstrap draws' 90% band.
import { hill } from '../budget/response';
import { drawCurves, pointCurves } from './allocate';
import { quantile } from './metrics';
import type { MmmResult } from './types';

export interface CurvePoints {
  /** Weekly spend from 0 to `upTo` × the mean weekly spend. */
  spend: number[];
  /** Steady-state weekly response under the point estimate. */
  response: number[];
  /** 5th and 95th percentile over the draws (empty without draws). */
  low: number[];
  high: number[];
}

/** The response curve of result.channels[index] at `points` evenly spaced weekly spends. */
export function curvePoints(result: MmmResult, index: number, points = 41, upTo = 2.5): CurvePoints {
  const ch = result.channels[index];
  if (!ch) throw new Error(`no channel ${index}: the result has ${result.channels.length}`);
  const point = pointCurves(result)[index], draws = drawCurves(result).map((d) => d[index]);
  const spend = Array.from({ length: points }, (_, i) => (upTo * ch.meanWeekly * i) / (points - 1));
  const band = (p: number) => (draws.length > 0 ? spend.map((x) => quantile(draws.map((cv) => hill(cv, x)), p)) : []);
  return { spend, response: spend.map((x) => hill(point, x)), low: band(0.05), high: band(0.95) };
}
