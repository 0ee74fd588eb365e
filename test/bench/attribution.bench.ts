// `npm run bench` (second part): attribution speed. All models on 1M touchpoints after parsing, one custom-weights
// recompute (what a slider move costs), and the exact Markov chain on ChannelAttribution's example paths.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadBytes } from '../../src/lib/ingest/load';
import { attribute, prepareJourneys } from '../../src/lib/attribution/attribute';
import { customKeys, customModel } from '../../src/lib/attribution/custom';
import { markov } from '../../src/lib/attribution/markov';
import { defaultAttributionOptions } from '../../src/lib/attribution/types';
import type { JourneySet } from '../../src/lib/types';
import { generateTouchpoints } from './touchpoints';
import { CHANNELATTRIBUTION_PATHS } from '../shared';
import { english } from '../../src/lib/messages';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function journeys(path: string): Promise<{ set: JourneySet; kind: 'touchpoints' | 'paths' }> {
  const result = await loadBytes(path, new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(english(result.problem.message));
  const data = result.dataset.data;
  if (data.kind !== 'touchpoints' && data.kind !== 'paths') throw new Error(`${path} holds no journeys`);
  return { set: data.journeys, kind: data.kind };
}

async function main() {
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  const big = join(dir, `touchpoints-${ROWS}.csv`);
  if (!existsSync(big)) writeFileSync(big, generateTouchpoints(ROWS));
  const touch = await journeys(big);
  const paths = await journeys(CHANNELATTRIBUTION_PATHS);
  const ids = new Set(touch.set.journeys.map((j) => j.id)).size;

  const all = median(3, () => attribute(touch.set, 'touchpoints'));
  const prepared = prepareJourneys(touch.set, { ...defaultAttributionOptions }, []);
  const recompute = customModel(prepared);
  const typeWeights = Object.fromEntries(customKeys(prepared).map((k, i) => [k, 1 + i / 4]));
  const custom = median(21, () => recompute({ first: 40, middle: 20, last: 40 }, typeWeights));
  const customPaths = customModel(paths.set);
  const customOnPaths = median(21, () => customPaths({ first: 40, middle: 20, last: 40 }, {}));
  const markov1 = median(9, () => markov(paths.set, 1));
  const markov3 = median(5, () => markov(paths.set, 3));
  const caStates = ([2, 3, 4] as const).map((k) => [k, median(5, () => markov(paths.set, k, 'mittari')), median(5, () => markov(paths.set, k, 'channelattribution'))] as const);

  console.log(`\nAttribution, Node ${process.version}, median of repeated runs`);
  console.log('| what | time | goal |\n|---|---|---|');
  console.log(`| all 13 models, ${ROWS.toLocaleString('en-US')} touchpoints / ${ids.toLocaleString('en-US')} journeys (after parsing) | ${all.toFixed(0)} ms | < 1000 ms |`);
  console.log(`| one custom-weights recompute on those journeys (aggregated paths) | ${custom.toFixed(2)} ms | < 16 ms |`);
  console.log(`| one custom-weights recompute on ChannelAttribution's 10,000 paths | ${customOnPaths.toFixed(2)} ms | < 16 ms |`);
  console.log(`| exact Markov, order 1, ChannelAttribution file | ${markov1.toFixed(1)} ms | < 50 ms |`);
  console.log(`| exact Markov, order 3, ChannelAttribution file | ${markov3.toFixed(1)} ms | |`);
  for (const [k, ours, theirs] of caStates) console.log(`| exact Markov, order ${k}: Mittari's states / ChannelAttribution's states | ${ours.toFixed(1)} ms / ${theirs.toFixed(1)} ms | |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
