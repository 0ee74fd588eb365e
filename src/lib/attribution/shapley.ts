// Shapley attribution of the game v(S) = conversions of journeys whose distinct channels all lie in S.
import type { JourneySet } from '../types';
import type { Credit } from './types';

/** Distinct channels of each journey with touches, with its conversions and value. */
function coalitions(set: JourneySet): { channels: number[]; conversions: number; value: number }[] {
  return set.journeys
    .filter((j) => j.end > j.start && (j.conversions !== 0 || j.value !== 0))
    .map((j) => ({ channels: [...new Set(set.touches.channel.subarray(j.start, j.end))], conversions: j.conversions, value: j.value }));
}

/**
 * The game is a sum of unanimity games, one per journey, so each journey's conversions (and value) are split
 * equally over its distinct channels (Zhao, Mahboobi, Bagheri 2018). O(touches), exact.
 */
export function shapley(set: JourneySet): Credit {
  const conversions = new Float64Array(set.channels.length);
  const value = new Float64Array(set.channels.length);
  for (const j of coalitions(set)) {
    const k = j.channels.length;
    for (const c of j.channels) {
      conversions[c] += j.conversions / k;
      value[c] += j.value / k;
    }
  }
  return { conversions, value };
}

/** The largest channel count the brute force accepts: 2^20 coalitions x 20 channels. */
export const BRUTE_FORCE_MAX_CHANNELS = 20;

/**
 * The exact Shapley value by enumerating every coalition, for checking `shapley`: v is built by a zeta
 * transform over subsets (v(S) = sum of f(T) for T within S), then phi_j = sum over S without j of
 * |S|! (n - |S| - 1)! / n! (v(S + j) - v(S)). O(n 2^n).
 */
export function shapleyBruteForce(set: JourneySet): Credit {
  const n = set.channels.length;
  if (n > BRUTE_FORCE_MAX_CHANNELS) {
    throw new Error(`shapleyBruteForce: ${n} channels means 2^${n} coalitions; at most ${BRUTE_FORCE_MAX_CHANNELS} channels are supported`);
  }
  const size = 2 ** n;
  const vc = new Float64Array(size), vv = new Float64Array(size);
  for (const j of coalitions(set)) {
    const mask = j.channels.reduce((m, c) => m | (1 << c), 0);
    vc[mask] += j.conversions;
    vv[mask] += j.value;
  }
  for (let b = 0; b < n; b++) {
    for (let m = 0; m < size; m++) {
      if (m & (1 << b)) {
        vc[m] += vc[m ^ (1 << b)];
        vv[m] += vv[m ^ (1 << b)];
      }
    }
  }
  // weight[s] = s! (n - s - 1)! / n!, computed as 1 / (n * C(n - 1, s)) to stay finite
  const weight = new Float64Array(n + 1);
  let binom = 1;
  for (let s = 0; s < n; s++) {
    weight[s] = 1 / (n * binom);
    binom = (binom * (n - 1 - s)) / (s + 1);
  }
  const conversions = new Float64Array(n), value = new Float64Array(n);
  const popcount = new Uint8Array(size);
  for (let m = 1; m < size; m++) popcount[m] = popcount[m >> 1] + (m & 1);
  for (let m = 0; m < size; m++) {
    const w = weight[popcount[m]]; // the full coalition (s = n) has no c left out
    for (let c = 0; c < n; c++) {
      if (m & (1 << c)) continue;
      conversions[c] += w * (vc[m | (1 << c)] - vc[m]);
      value[c] += w * (vv[m | (1 << c)] - vv[m]);
    }
  }
  return { conversions, value };
}
