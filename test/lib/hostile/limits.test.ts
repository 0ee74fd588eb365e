// Issue 18, cases 1, 2 and 11: limits decided from the bytes and counts before the work, each with a sentence.
// 1. One 50 MB line (17M columns) hung `inspect` above 8.7 GB; 200,000 columns in 1.2 MB took 1.28 GB and 25 s.
// 2. A 1,000-arm A/B file took 72 s (and overflowed the browser's stack).
// 11. 500 channels: Markov attribution took 18 s, the budget 12 s (here), with no limit.
import { describe, expect, it } from 'vitest';
import { loadBytes, type LoadResult } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { experimentView } from '../../../src/lib/experiments/view';
import { attribute } from '../../../src/lib/attribution/attribute';
import { journeySet, type JourneyInput } from '../../../src/lib/journeys/store';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { kpiInputsFromData } from '../../../src/lib/kpi/from-data';
import { utf8 } from '../parsing/helpers';

function problemOf(r: LoadResult): [string, string] {
  if (r.ok) throw new Error(`expected a problem, got a ${r.dataset.summary.kind} dataset`);
  return [r.problem.code, english(r.problem.message)];
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const out = await run();
  return [out, performance.now() - started];
}

describe('case 1: the longest line and the column count, from the bytes', () => {
  it('refuses 5 MiB of x without a line break in well under a second', async () => {
    const [r, ms] = await timed(() => loadBytes('x.csv', new Uint8Array(5 * 1024 * 1024).fill(0x78)));
    expect(ms).toBeLessThan(1_000);
    expect(problemOf(r)).toEqual(['line_too_long', 'x.csv has a line of 5 MB (line 1), longer than the 4 MB Mittari reads in one line: no export writes one, so this is not a CSV table, or its line breaks were lost. Export the table again as CSV.']);
  });

  it('refuses a 50 MB line of commas (17 million columns) without parsing it', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x2c);
    bytes.set(utf8('a,b\n'), 0);
    const heap = process.memoryUsage().heapUsed;
    const [r, ms] = await timed(() => loadBytes('commas.csv', bytes));
    expect(ms).toBeLessThan(2_000);
    // Refused before decoding: no 50 MB string, no 17 million fields (it reached 8.7 GB).
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(32 * 1024 * 1024);
    expect(problemOf(r)[0]).toBe('line_too_long');
    expect(problemOf(r)[1]).toMatch(/^commas\.csv has a line of 50 MB \(line 2\)/);
  });

  it.each([
    { name: 'a long line after the head', eol: '\n', tail: '\n' },
    { name: 'a long last line without a line break', eol: '\n', tail: '' },
    { name: 'a long line in a CR-only file', eol: '\r', tail: '\r' },
  ])('refuses $name in a file read in one part, naming the line as the scan does', async ({ eol, tail }) => {
    // 6 MB of short rows first (past the 5 MB head), then a 5 MB line: the part reading the file finds it.
    const rows = Array.from({ length: 200_000 }, (_, i) => `2025-01-06,Search ${i % 7},${i}`);
    const text = `date,channel,spend${eol}${rows.join(eol)}${eol}${'x'.repeat(5 * 1024 * 1024)}${tail}`;
    for (const sliceBytes of [undefined, 65_536]) {
      const r = await loadBytes('late.csv', utf8(text), { sliceBytes });
      expect(problemOf(r)[0]).toBe('line_too_long');
      expect(problemOf(r)[1]).toMatch(/^late\.csv has a line of 5 MB \(line 200002\)/);
    }
  });

  it('counts a CR-only file by its CR line breaks', async () => {
    const r = await loadBytes('mac.csv', utf8('date,channel,spend\r2025-01-06,Search,100\r2025-01-13,Email,50\r'));
    expect(r.ok && r.dataset.summary.rows).toBe(2);
  });

  it('refuses 200,000 columns in 1.2 MB by the header count, before parsing the rows', async () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const [r, ms] = await timed(() => loadBytes('wide.csv', utf8(`${header}\n${'1,'.repeat(199_999)}1\n`)));
    expect(ms).toBeLessThan(2_000);
    expect(problemOf(r)).toEqual(['too_many_columns', 'wide.csv has 200,000 columns; Mittari reads at most 16,384 (as many as Excel has). Keep the columns you need (date, channel, spend, ids) and export again.']);
  });

  it('still reads 16,384 columns', async () => {
    const header = ['day', 'channel', 'cost', ...Array.from({ length: 16_381 }, (_, i) => `x${i}`)].join(',');
    const row = ['2025-01-06', 'Search', '100', ...Array.from({ length: 16_381 }, () => '1')].join(',');
    const r = await loadBytes('wide.csv', utf8(`${header}\n${row}\n`));
    expect(r.ok && r.dataset.summary.columns.length).toBe(16_384);
  });
});

describe('case 2: the arm count', () => {
  const arms = (n: number) => Array.from({ length: n }, (_, i) => ({ metric: 'conversion', variant: `v${i}`, users: 1000, conversions: 50 + (i % 7) }));

  it('a 1,000-arm test is refused at once with the reason', async () => {
    const [out, ms] = await timed(() => experimentView({ arms: arms(1_000) }));
    expect(ms).toBeLessThan(200);
    expect(out.ok).toBe(false);
    expect(!out.ok && english(out.reason)).toBe('an experiment of 1,000 variants is more than Mittari compares at once (at most 100); analyse the variants in smaller groups, each with the control');
  });

  it('100 arms are still analysed', () => {
    const out = experimentView({ arms: arms(100) });
    expect(out.ok && out.view.result.variants).toHaveLength(100);
  });
});

describe('case 11: the channel count', () => {
  /** `channels` channels, 2,000 journeys of 12 touches each, a third converting with value 100. */
  function wideJourneys(channels: number) {
    let x = 7;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const journeys: JourneyInput[] = Array.from({ length: 2_000 }, (_, i) => {
      const conv = i % 3 === 0 ? 1 : 0;
      return { id: `j${i}`, touches: Array.from({ length: 12 }, (_, t) => ({ channel: Math.floor(rnd() * channels), type: 0, stage: 0, campaign: undefined, time: t * 86_400_000 })), conversions: conv, nulls: 1 - conv, value: 100 * conv, conversionTime: conv ? 13 * 86_400_000 : undefined };
    });
    return journeySet({ channels: Array.from({ length: channels }, (_, c) => `ch${c}`), types: ['visit'], stages: ['lead'], journeys, timed: true });
  }

  it('Markov attribution above 200 channels is off with its reason, and the other models still run fast', async () => {
    const [r, ms] = await timed(() => attribute(wideJourneys(500), 'touchpoints', { models: ['markov', 'linear', 'shapley'] }));
    expect(ms).toBeLessThan(3_000);
    expect(r.unavailable.markov && english(r.unavailable.markov)).toBe('The Markov model solves the chain once per channel, which takes minutes with 500 channels; it is off above 200. Group the channels (for example by source or channel group) to use it.');
    // Linear credit still shares out every conversion.
    expect(r.models.linear?.conversions.reduce((a, b) => a + b, 0)).toBeCloseTo(667, 9);
    expect(r.models.shapley?.conversions.reduce((a, b) => a + b, 0)).toBeCloseTo(667, 9);
  });
});

describe('big arrays never go through a spread (Maximum call stack size exceeded)', () => {
  const rows = (n: number, spend: (i: number) => string) => `date,channel,spend\n${Array.from({ length: n }, (_, i) => `2025-01-0${1 + (i % 9)},ch${i % 3},${spend(i)}`).join('\n')}\n`;

  it('a file with 300,000 row problems loads and counts them all', async () => {
    const r = await loadBytes('negative.csv', utf8(rows(300_000, (i) => (i === 0 ? '5' : '-1'))));
    if (!r.ok) throw new Error(english(r.problem.message));
    expect(r.dataset.summary.issues.count).toBe(299_999);
    expect(r.dataset.summary.issues.byReason).toEqual({ negative: 299_999 });
  });

  it('KPIs from 300,000 spend rows', async () => {
    const r = await loadBytes('spend.csv', utf8(rows(300_000, () => '1')));
    if (!r.ok) throw new Error(english(r.problem.message));
    const report = computeKpis(kpiInputsFromData([r.dataset.data], 'first'), { period: 'month' });
    expect(report.kpis.spend?.value).toBe(300_000);
  });
});

describe('case 11: the size of a higher-order Markov chain', () => {
  it('order 2 over 190 channels (about 15,000 states) is off with its reason instead of taking 8 s or more', async () => {
    let x = 11;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const journeys: JourneyInput[] = Array.from({ length: 2_000 }, (_, i) => {
      const conv = i % 3 === 0 ? 1 : 0;
      return { id: `j${i}`, touches: Array.from({ length: 12 }, (_, t) => ({ channel: Math.floor(rnd() * 190), type: 0, stage: 0, campaign: undefined, time: t * 86_400_000 })), conversions: conv, nulls: 1 - conv, value: 100 * conv, conversionTime: conv ? 13 * 86_400_000 : undefined };
    });
    const set = journeySet({ channels: Array.from({ length: 190 }, (_, c) => `ch${c}`), types: ['visit'], stages: ['lead'], journeys, timed: true });
    const [r, ms] = await timed(() => attribute(set, 'touchpoints', { models: ['markov'], markovOrder: 2 }));
    expect(ms).toBeLessThan(2_000);
    expect(r.unavailable.markov && english(r.unavailable.markov)).toMatch(/^The Markov model of order 2 has 1\d,\d{3} states over 190 channels; solving it once per channel would take minutes, so it is off\. Use a lower order, or group the channels\.$/);
    // Order 1 over the same channels is 190 states, solved.
    expect(attribute(set, 'touchpoints', { models: ['markov'], markovOrder: 1 }).models.markov?.conversions.reduce((a, b) => a + b, 0)).toBeCloseTo(667, 9);
  });
});
