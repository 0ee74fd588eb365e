// Money as a budget plan needs it: whole units (cents only for amounts under 10), in the locale's money format.

/** Cents matter for a cost per conversion under 100 (12.50); above it, and for spend, whole units do. */
export function costMoney(format: (n: number) => string, x: number): string {
  return Math.abs(x) < 100 ? format(x) : planMoney(format, x);
}

/** `format` is the locale's money format; its zero cents are dropped after rounding to whole units. */
export function planMoney(format: (n: number) => string, x: number): string {
  if (!Number.isFinite(x) || (Math.abs(x) < 10 && x !== 0)) return format(x);
  return format(Math.round(x)).replace(/([.,])00(?!\d)/, '');
}
