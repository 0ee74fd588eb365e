import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CHANNELATTRIBUTION_PATHS as PATHS_CSV } from '../shared';

function mittari(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Out {
  journeys: number;
  conversions: number;
  conversionValue: number;
  channels: string[];
  models: Record<string, Record<string, { conversions: number; value: number }>>;
  markov: { order: number; conversionProbability: number; removalEffects: Record<string, number> } | null;
  unavailable: Record<string, string>;
}

describe('mittari attribute', () => {
  it('forms order-2 Markov states as ChannelAttribution does with --markov-states channelattribution', () => {
    const run = (states?: string) => {
      const r = mittari('attribute', PATHS_CSV, '--models', 'markov', '--markov-order', '2', ...(states ? ['--markov-states', states] : []));
      expect([r.status, r.stderr]).toEqual([0, '']);
      return JSON.parse(r.stdout) as Out & { options: { markovStates: string }; markov: { states: string } };
    };
    const ours = run(), theirs = run('channelattribution');
    expect([ours.options.markovStates, ours.markov.states]).toEqual(['mittari', 'mittari']);
    expect([theirs.options.markovStates, theirs.markov.states]).toEqual(['channelattribution', 'channelattribution']);
    // Exact values of each chain (test/lib/attribution/markov-states.test.ts works them out by hand on small tables).
    expect(ours.models.markov.alpha.conversions).toBeCloseTo(5724.799, 2);
    expect(theirs.models.markov.alpha.conversions).toBeCloseTo(5617.454, 2);
    expect(theirs.models.markov.theta.conversions).toBeCloseTo(1902.474, 2);
    const bad = mittari('attribute', PATHS_CSV, '--markov-states', 'simulated');
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe('mittari: unknown Markov state rule simulated; use one of mittari, channelattribution\n');
  }, 60_000); // three runs of the command line: seconds each on a loaded 2-core machine

  it('prints every model the ChannelAttribution path table supports, with its published numbers', () => {
    const run = mittari('attribute', PATHS_CSV);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const out = JSON.parse(run.stdout) as Out;
    expect(out).toMatchObject({ journeys: 88_387, conversions: 19_785 });
    expect(out.conversionValue).toBeCloseTo(74_802.97158721, 6);
    expect(out.models.first.alpha.conversions).toBe(6308);
    expect(out.models.last.alpha.conversions).toBe(8447);
    expect(out.models.linear.alpha.conversions).toBeCloseTo(7574.718594, 6);
    expect(out.models.linear.alpha.value).toBeCloseTo(24524.709569, 6);
    expect(out.models.markov.alpha.conversions).toBeCloseTo(5344.948, 3);
    expect(out.models.markov.beta.value).toBeCloseTo(9687.809, 3);
    expect(out.models.shapley.alpha.conversions).toBeCloseTo(7627.944, 3);
    expect(out.markov).toMatchObject({ order: 1 });
    expect(out.markov?.conversionProbability).toBeCloseTo(0.223845, 6);
    expect(out.markov?.removalEffects.alpha).toBeCloseTo(0.558399, 6);
    // Path tables have no timestamps and no stages.
    expect(Object.keys(out.unavailable).sort()).toEqual(['full_path', 'time_decay', 'w_shaped']);
    for (const credit of Object.values(out.models)) {
      const sum = Object.values(credit).reduce((a, c) => a + c.conversions, 0);
      expect(sum).toBeCloseTo(19_785, 6);
    }
  });

  it('runs only the requested models with the given options', () => {
    const run = mittari('attribute', 'public/examples/touchpoints.csv', '--models', 'time_decay,custom,markov', '--half-life-days', '3',
      '--markov-order', '2', '--weights', 'first=40,middle=20,last=40', '--type-weights', 'demo request=3,sales contact=2');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Out;
    expect(Object.keys(out.models).sort()).toEqual(['custom', 'markov', 'time_decay']);
    expect(out.markov?.order).toBe(2);
    expect(out.unavailable).toEqual({});
  });

  it('refuses a file that holds no journeys, in one line', () => {
    const run = mittari('attribute', 'public/examples/spend.csv');
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('not touchpoints or a path table');
  });
});
