// Whether a channel's rank holds across models: "robust" or "model-dependent".

/** Rank (0 = most credit) of each channel under one model. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const out = new Array<number>(values.length);
  order.forEach(([, i], r) => (out[i] = r));
  return out;
}

/** For each channel, the largest move in rank between any two models. */
export function rankSpread(credits: readonly (readonly number[])[], channels: number): number[] {
  const all = credits.map((c) => ranks(c));
  return Array.from({ length: channels }, (_, i) => {
    const rs = all.map((r) => r[i]);
    return rs.length ? Math.max(...rs) - Math.min(...rs) : 0;
  });
}
