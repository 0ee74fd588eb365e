// How large a number Mittari computes with. A cell beyond this is a row problem, so no sum, product or square
// downstream can overflow to Infinity (which JSON prints as null): 10^15 per cell leaves room for sums over
// 10^290 rows, and for squares of sums of a billion rows (10^48).

/**
 * The largest amount, count or value a cell may hold: 10^15, about a thousand times the world's yearly ad spend
 * and just below 2^53, above which whole numbers are not exact. A file above it holds an error, not a budget.
 */
export const MAX_AMOUNT = 1e15;

/** Sums of squares (revenue_ss) hold the square of an amount. */
export const MAX_SQUARES = MAX_AMOUNT * MAX_AMOUNT;

/** True when `x` is finite and its size at most `limit`. */
export const fits = (x: number, limit = MAX_AMOUNT): boolean => Math.abs(x) <= limit;
