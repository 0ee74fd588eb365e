// The optimiser's view of a fitted curve. A draw can fit a channel at beta 0; the budget's Hill inverse takes the log
// of beta (NaN at 0, and marginal(0) is 0 * Infinity for alpha < 1), so a flat curve gets its own exact view.
import { hillResponse, type ResponseFn } from '../budget/curve';
import type { HillCurve } from '../budget/response';

const FLAT: ResponseFn = Object.freeze({ value: () => 0, marginal: () => 0, spendAt: () => 0, concaveFrom: 0, alpha: 1 });

export function modelResponse(curve: HillCurve): ResponseFn {
  return curve.beta > 0 ? hillResponse(curve) : FLAT;
}
