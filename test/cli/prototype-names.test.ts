// Issue 18, case 6: channels named like Object.prototype's members broke KPIs (`revenue[c] ?? 0` read
// Object.prototype.constructor; a `__proto__` channel vanished from the forecast). Every command that keys
// results by user text is fed `__proto__`, `constructor` and `toString`, and each must come out as an ordinary
// name with its own numbers, computed here by hand.
import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { runCli } from '../../src/cli/main';
import { FIVE, simulate } from '../lib/mmm/simulate';

const file = tempFiles('mittari-proto-');
const io = captureOutput();
const NAMES = ['__proto__', 'constructor', 'toString'] as const;
/** Spend only, no journeys: its credited revenue is 0, never Object.prototype.valueOf. */
const SPEND_ONLY = 'valueOf';

/** Three journeys per name, one of them converting with value 100 × (i + 1): first-touch credit is exact. */
function touchpoints(): string {
  const rows = ['contact_id,timestamp,channel,stage,converted,deal_value'];
  NAMES.forEach((name, i) => {
    for (let j = 0; j < 3; j++) {
      const id = `C${i}${j}`;
      rows.push(`${id},2025-01-0${j + 1}T10:00:00Z,${name},lead,0,`);
      rows.push(`${id},2025-02-0${j + 1}T10:00:00Z,${name},won,${j === 0 ? 1 : 0},${j === 0 ? 100 * (i + 1) : ''}`);
    }
  });
  return rows.join('\n') + '\n';
}

/** Spend 10 × (i + 1) per month in January and February. */
const spend = (extra = '') => ['date,channel,spend', ...NAMES.flatMap((name, i) => [`2025-01-15,${name},${10 * (i + 1)}`, `2025-02-15,${name},${10 * (i + 1)}`])].join('\n') + '\n' + extra;
const forecast = () => ['month,channel,forecast,actual', ...NAMES.flatMap((name, i) => [`2025-01,${name},${100 * (i + 1)},${90 * (i + 1)}`])].join('\n') + '\n';

describe('prototype names through every command', () => {
  it('inspect: spend by channel keeps all three names with their sums', async () => {
    expect(await runCli(['inspect', file('spend.csv', spend())])).toBe(0);
    const json = JSON.parse(io.out) as { spendByChannel: Record<string, number> };
    expect(Object.entries(json.spendByChannel).sort()).toEqual([['__proto__', 20], ['constructor', 40], ['toString', 60]]);
  });

  it('attribute: every model credits the three names, and first touch gives each its own conversion and value', async () => {
    expect(await runCli(['attribute', file('tp.csv', touchpoints()), '--models', 'first,linear,markov'])).toBe(0);
    const json = JSON.parse(io.out) as { channels: string[]; models: Record<string, Record<string, { conversions: number; value: number }>> };
    expect([...json.channels].sort()).toEqual([...NAMES].sort());
    for (const [i, name] of NAMES.entries()) {
      expect(Object.hasOwn(json.models.first, name)).toBe(true);
      expect(json.models.first[name]).toEqual({ conversions: 1, value: 100 * (i + 1) });
      expect(json.models.linear[name]).toEqual({ conversions: 1, value: 100 * (i + 1) });
    }
  });

  it('kpis: ROI and the forecast have a number for every name', async () => {
    expect([await runCli(['kpis', file('tp2.csv', touchpoints()), file('spend2.csv', spend(`2025-01-20,${SPEND_ONLY},50\n`)), file('forecast.csv', forecast())]), io.err]).toEqual([0, '']);
    const json = JSON.parse(io.out) as { kpis: Record<string, { byChannel?: Record<string, number | null> }>; details: { funnel: { byChannel: Record<string, { counts: (number | null)[] }> }; forecast: { byChannel: Record<string, { mape: number | null }> } } };
    // The funnel: three leads per name, each with a touch at the won stage.
    const funnel = json.details.funnel.byChannel;
    expect(Object.keys(funnel).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect([funnel[name].counts[0], funnel[name].counts[4]]).toEqual([3, 3]);
    // ROI = (credited value - spend) / spend: first touch credits 100 (i + 1) against 20 (i + 1) of spend, so 4.
    const roi = json.kpis.roi.byChannel as Record<string, number | null>;
    for (const name of NAMES) expect([name, roi[name]]).toEqual([name, 4]);
    expect(roi[SPEND_ONLY]).toBe(-1); // no credit: (0 - 50) / 50
    const cpl = json.kpis.cpl.byChannel as Record<string, number | null>;
    NAMES.forEach((name, i) => expect(cpl[name]).toBeCloseTo((20 * (i + 1)) / 3, 6));
    // MAPE of one period: |90 - 100| / 90.
    const f = json.details.forecast.byChannel;
    expect(Object.keys(f).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect(f[name].mape).toBeCloseTo(10 / 90, 6);
  });

  it('experiment: variants named __proto__, constructor and toString are three arms', async () => {
    const path = file('ab.csv', 'variant,users,conversions\n__proto__,1000,100\nconstructor,1000,120\ntoString,1000,90\n');
    expect(await runCli(['experiment', path, '--control', '__proto__'])).toBe(0);
    const json = JSON.parse(io.out) as { control: string; variants: { name: string; users: number; conversions: number }[] };
    expect(json.control).toBe('__proto__');
    expect(json.variants.map((v) => [v.name, v.users, v.conversions])).toEqual([['__proto__', 1000, 100], ['constructor', 1000, 120], ['toString', 1000, 90]]);
  });

  it('budget from data: the scenario keeps all three names with their spend', async () => {
    expect(await runCli(['budget', '--spend', file('spend3.csv', spend()), '--touchpoints', file('tp3.csv', touchpoints()), '--model', 'first'])).toBe(0);
    const json = JSON.parse(io.out) as { scenario: { channels: { name: string; currentSpend: number }[] } };
    expect(json.scenario.channels.map((c) => [c.name, c.currentSpend]).sort()).toEqual([['__proto__', 20], ['constructor', 40], ['toString', 60]]);
  });
});

describe('prototype names in the command line itself', () => {
  it('--type-weights keeps a touch type named __proto__', async () => {
    const path = file('types.csv', 'contact_id,timestamp,channel,touchpoint_type,converted\nC1,2025-01-06T10:00:00Z,Search,__proto__,0\nC1,2025-01-07T10:00:00Z,Email,webinar,1\n');
    expect(await runCli(['attribute', path, '--models', 'custom', '--type-weights', '__proto__=3,webinar=1'])).toBe(0);
    const json = JSON.parse(io.out) as { options: { typeWeights: Record<string, number> }; models: { custom: Record<string, { conversions: number }> } };
    expect(Object.entries(json.options.typeWeights)).toEqual([['__proto__', 3], ['webinar', 1]]);
    // Custom weights with equal position weights: the __proto__ touch weighs 3, the webinar 1.
    expect(json.models.custom.Search.conversions).toBeCloseTo(0.75, 12);
  });

  it('kpis lists a file named __proto__ under its name', async () => {
    const path = file('__proto__', spend());
    const cwd = process.cwd();
    process.chdir(path.slice(0, -'__proto__'.length));
    try {
      expect(await runCli(['kpis', '__proto__'])).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(Object.entries((JSON.parse(io.out) as { files: Record<string, string> }).files)).toEqual([['__proto__', 'spend']]);
  });
});

describe('prototype names in the marketing-mix model', () => {
  it('mmm: spend channels named __proto__ and constructor are fitted and allocated under their names', async () => {
    const sim = simulate(7, 60, FIVE.slice(0, 2)).table;
    const rename = ['__proto__', 'constructor'];
    const fix = (x: number) => x.toFixed(6);
    const spend = ['date,channel,spend', ...sim.weeks.flatMap((w, t) => sim.channels.map((c, i) => `${w},${rename[i]},${fix(c.spend[t])}`))].join('\n');
    const outcome = ['date,revenue', ...sim.weeks.map((w, t) => `${w},${fix(sim.outcome[t])}`)].join('\n');
    expect([await runCli(['mmm', file('mix-spend.csv', spend), file('mix-outcome.csv', outcome), '--seed', '3']), io.err]).toEqual([0, '']);
    const json = JSON.parse(io.out) as { channels: { name: string; spend: number }[]; allocation: { channels: { name: string }[] } };
    expect(json.channels.map((c) => c.name)).toEqual(rename);
    sim.channels.forEach((c, i) => expect(json.channels[i].spend).toBeCloseTo(c.spend.reduce((a, b) => a + Number(fix(b)), 0), 3));
    expect(json.allocation.channels.map((c) => c.name)).toEqual(rename);
  });
});
