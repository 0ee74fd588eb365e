import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateExample } from '../../../src/lib/example/generate';
import { buildJourneys, journeyTotals, type TouchRow } from '../../../src/lib/journeys/build';
import { detectKind } from '../../../src/lib/schema/detect';

const example = generateExample();

/** The example CSVs never quote (no commas in values), so a plain split reads them. */
function table(text: string): { header: string[]; rows: string[][] } {
  const [head, ...lines] = text.trimEnd().split('\n');
  return { header: head.split(','), rows: lines.map((l) => l.split(',')) };
}

const touch = table(example.touchpoints);
const col = (name: string) => touch.header.indexOf(name);

function touchRows(): TouchRow[] {
  return touch.rows.map((r) => ({
    journey: r[col('contact_id')],
    time: Date.parse(r[col('timestamp')]),
    channel: r[col('channel')],
    type: r[col('touchpoint_type')],
    stage: r[col('stage')],
    campaign: r[col('campaign')],
    conversion: r[col('converted')] === '1',
    value: r[col('deal_value')] === '' ? undefined : Number(r[col('deal_value')]),
  }));
}

describe('generateExample()', () => {
  it.each(['touchpoints', 'spend', 'experiment', 'deals', 'customers', 'nps', 'forecast', 'weekly'] as const)(
    'matches public/examples/%s.csv (rerun `npx tsx test/tools/write-examples.ts` after changing the generator)',
    (name) => {
      expect(readFileSync(new URL(`../../../public/examples/${name}.csv`, import.meta.url), 'utf8')).toBe(example[name]);
    },
  );

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateExample(2025)).toEqual(example);
    expect(generateExample(7).touchpoints).not.toBe(example.touchpoints);
  });

  it('writes the documented headers', () => {
    expect(touch.header).toEqual(['contact_id', 'timestamp', 'channel', 'touchpoint_type', 'campaign', 'stage', 'converted', 'deal_value']);
    expect(table(example.spend).header).toEqual(['week', 'channel', 'spend', 'impressions', 'clicks']);
    expect(table(example.experiment).header).toEqual(['variant', 'recipients', 'conversions', 'revenue']);
    expect(table(example.deals).header).toEqual(['deal_id', 'contact_id', 'created', 'closed', 'stage', 'status', 'amount', 'source_channel']);
    expect(table(example.customers).header).toEqual(['customer_id', 'start_date', 'end_date', 'mrr', 'segment', 'channel']);
    expect(table(example.nps).header).toEqual(['date', 'customer_id', 'score', 'segment']);
    expect(table(example.forecast).header).toEqual(['month', 'forecast', 'actual']);
    expect(table(example.weekly).header).toEqual(['week', 'revenue', 'LinkedIn Ads spend', 'Google Ads spend', 'Email spend', 'Webinar spend', 'Trade show spend', 'LinkedIn Ads impressions', 'Google Ads clicks', 'competitor_index', 'holiday']);
  });

  it('never needs quoting, so every row has the header field count', () => {
    for (const text of Object.values(example)) {
      const t = table(text);
      for (const r of t.rows) expect(r).toHaveLength(t.header.length);
    }
  });

  it('has about 1,500 contacts with 2-10 touches each, Jan-Jun 2025, in time order', () => {
    const perContact = new Map<string, number>();
    for (const r of touch.rows) perContact.set(r[0], (perContact.get(r[0]) ?? 0) + 1);
    expect(perContact.size).toBe(1500);
    for (const n of perContact.values()) expect(n).toBeGreaterThanOrEqual(2);
    for (const n of perContact.values()) expect(n).toBeLessThanOrEqual(10);
    const times = touch.rows.map((r) => r[1]);
    expect([...times].sort()).toEqual(times);
    expect(times[0] >= '2025-01-01T00:00:00Z').toBe(true);
    expect(times[times.length - 1] <= '2025-06-30T23:59:59Z').toBe(true);
  });

  it('converts 8-12 % of contacts, with deals of 3,000-60,000 EUR', () => {
    const set = buildJourneys(touchRows());
    const totals = journeyTotals(set, 'touchpoints');
    expect(totals.conversions / totals.journeys).toBeGreaterThanOrEqual(0.08);
    expect(totals.conversions / totals.journeys).toBeLessThanOrEqual(0.12);
    for (const j of set.journeys.filter((x) => x.conversions > 0)) {
      expect(j.value).toBeGreaterThanOrEqual(3000);
      expect(j.value).toBeLessThanOrEqual(60000);
    }
  });

  it('gives every converting journey at least one touch', () => {
    const set = buildJourneys(touchRows());
    const converting = set.journeys.filter((j) => j.conversions > 0);
    expect(converting.length).toBeGreaterThan(0);
    for (const j of converting) expect(j.end - j.start).toBeGreaterThanOrEqual(1);
  });

  it('moves stages forward only, and only a converting touch is won', () => {
    const order = ['lead', 'MQL', 'SQL', 'opportunity', 'won'];
    const last = new Map<string, number>();
    for (const r of touch.rows) {
      const stage = order.indexOf(r[col('stage')]);
      expect(stage).toBeGreaterThanOrEqual(last.get(r[0]) ?? 0);
      last.set(r[0], stage);
      expect(stage === 4).toBe(r[col('converted')] === '1');
    }
  });

  it('makes first and last touches disagree: LinkedIn Ads leads first touches, Direct and Email last', () => {
    const set = buildJourneys(touchRows());
    const first = new Map<string, number>();
    const lastTouch = new Map<string, number>();
    for (const j of set.journeys.filter((x) => x.conversions > 0)) {
      const f = set.channels[set.touches.channel[j.start]];
      const l = set.channels[set.touches.channel[j.end - 1]];
      first.set(f, (first.get(f) ?? 0) + 1);
      lastTouch.set(l, (lastTouch.get(l) ?? 0) + 1);
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0][0];
    expect(top(first)).toBe('LinkedIn Ads');
    expect(['Direct', 'Email']).toContain(top(lastTouch));
    expect(lastTouch.get('Trade show') ?? 0).toBe(0);
  });

  it('spends every week on paid channels, Jan-Jun 2025', () => {
    const { rows } = table(example.spend);
    const weeks = new Set(rows.map((r) => r[0]));
    expect(weeks.size).toBe(26);
    for (const r of rows) expect(Number(r[2])).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['LinkedIn Ads', 'Google Ads', 'Email', 'Webinar', 'Trade show']));
  });

  it('has two variants with a few thousand recipients and a higher rate for Variant B', () => {
    const { rows } = table(example.experiment);
    expect(rows.map((r) => r[0])).toEqual(['Control', 'Variant B']);
    const rate = (r: string[]) => Number(r[2]) / Number(r[1]);
    for (const r of rows) expect(Number(r[1])).toBeGreaterThan(2000);
    expect(rate(rows[1])).toBeGreaterThan(rate(rows[0]));
    expect(rate(rows[1]) / rate(rows[0])).toBeLessThan(1.5);
  });

  it.each([
    ['touchpoints', 'touchpoints'],
    ['spend', 'spend'],
    ['experiment', 'experiment'],
    ['deals', 'deals'],
    ['customers', 'customers'],
    ['nps', 'nps'],
    ['forecast', 'forecast'],
  ] as const)('%s.csv is detected as %s', (name, kind) => {
    const { header } = table(example[name]);
    const formats = header.map(() => ({ type: 'number' as const }));
    // Types by hand: text for names, date for times.
    const text = new Set(['contact_id', 'channel', 'touchpoint_type', 'campaign', 'stage', 'variant', 'deal_id', 'status', 'source_channel', 'customer_id', 'segment', 'month']);
    const date = new Set(['timestamp', 'week', 'created', 'closed', 'start_date', 'end_date', 'date']);
    const typed = header.map((h, i) => (text.has(h) ? { type: 'text' as const } : date.has(h) ? { type: 'date' as const } : formats[i]));
    expect(detectKind(header, typed).kind).toBe(kind);
  });

  it('makes every converting journey a won deal with the same amount, close time and lead source', () => {
    const deals = table(example.deals).rows;
    const won = deals.filter((r) => r[5] === 'won').map((r) => [r[1], r[3], Number(r[6]), r[7]]);
    const first = new Map<string, string>();
    for (const r of touch.rows) if (!first.has(r[0])) first.set(r[0], r[col('channel')]);
    const conversions = touch.rows.filter((r) => r[col('converted')] === '1').map((r) => [r[0], r[col('timestamp')], Number(r[col('deal_value')]), first.get(r[0])]);
    const byContact = (a: (string | number | undefined)[], b: (string | number | undefined)[]) => String(a[0]).localeCompare(String(b[0]));
    expect(won.sort(byContact)).toEqual(conversions.sort(byContact));
    // Lost and open deals too, each created before it closes.
    expect(new Set(deals.map((r) => r[5]))).toEqual(new Set(['won', 'lost', 'open']));
    for (const r of deals) if (r[3] !== '') expect(r[2] <= r[3]).toBe(true);
  });

  it('starts a customer on each won deal\'s close day with MRR = amount / 12, and churns some', () => {
    const customers = table(example.customers).rows;
    const wonDays = table(example.deals).rows.filter((r) => r[5] === 'won').map((r) => r[3].slice(0, 10)).sort();
    const newOnes = customers.filter((r) => r[1] >= '2025-01-01');
    expect(newOnes.map((r) => r[1]).sort()).toEqual(wonDays);
    const churned = customers.filter((r) => r[2] !== '');
    expect(churned.length).toBeGreaterThan(20);
    expect(churned.filter((r) => r[2] >= '2025-01-01').length).toBeGreaterThan(10);
    for (const r of customers) expect(['SMB', 'Mid-market', 'Enterprise']).toContain(r[4]);
  });

  it('asks active customers for NPS every month and compares the forecast with the won amounts', () => {
    const answers = table(example.nps).rows;
    expect(new Set(answers.map((r) => r[0].slice(0, 7)))).toEqual(new Set(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']));
    for (const r of answers) expect(Number(r[2])).toBeGreaterThanOrEqual(0);
    for (const r of answers) expect(Number(r[2])).toBeLessThanOrEqual(10);
    const wonByMonth = new Map<string, number>();
    for (const r of table(example.deals).rows) if (r[5] === 'won') wonByMonth.set(r[3].slice(0, 7), (wonByMonth.get(r[3].slice(0, 7)) ?? 0) + Number(r[6]));
    for (const [month, , actual] of table(example.forecast).rows) expect(Number(actual)).toBe(wonByMonth.get(month) ?? 0);
  });
});
