// Reading a wide marketing-mix table: roles from headers and values (English, Finnish, the anchors' conventions),
// ISO weeks, daily rows and geos summed, named events split, problems as row-numbered messages.
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/lib/messages';
import { cellNumber, channelName, guessMixRoles } from '../../../src/lib/mmm/roles';
import { buildMixTable, cellDate, mondayOf } from '../../../src/lib/mmm/table';

const roleOf = (headers: string[], rows: (string | number)[][]) => Object.fromEntries(guessMixRoles(headers, rows).map((c) => [c.name, c.role]));

describe('guessMixRoles()', () => {
  it.each([
    {
      what: "Robyn's demo headers",
      headers: ['DATE', 'revenue', 'tv_S', 'facebook_I', 'search_clicks_P', 'competitor_sales_B', 'events', 'newsletter'],
      row: ['2015-11-23', '2754371', '22358', '24301284', '0', '8125009', 'na', '19401'],
      roles: { DATE: 'date', revenue: 'outcome', tv_S: 'spend', facebook_I: 'exposure', search_clicks_P: 'exposure', competitor_sales_B: 'control', events: 'event', newsletter: 'control' },
    },
    {
      what: "Meridian's headers",
      headers: ['geo', 'time', 'Channel0_impression', 'Channel0_spend', 'competitor_activity_score_control', 'conversions', 'revenue_per_conversion', 'population'],
      row: ['Geo0', '2021-01-25', '334723.0', '3733.0', '-0.11', '12623308.0', '0.0347', '847483.56'],
      roles: { geo: 'geo', time: 'date', Channel0_impression: 'exposure', Channel0_spend: 'spend', competitor_activity_score_control: 'control', conversions: 'outcome', revenue_per_conversion: 'valuePerOutcome', population: 'control' },
    },
    {
      what: 'Finnish headers',
      headers: ['Viikko', 'Liikevaihto', 'Google kulut', 'Meta kulut', 'Näyttökerrat', 'Hinta', 'Pyhä'],
      row: ['2.1.2023', '1 234,56', '500', '250,5', '10000', '9,90', '0'],
      roles: { Viikko: 'date', Liikevaihto: 'outcome', 'Google kulut': 'spend', 'Meta kulut': 'spend', Näyttökerrat: 'exposure', Hinta: 'control', Pyhä: 'event' },
    },
    {
      what: 'spend_* and Cost * headers, a 0/1 column of any name, a second outcome and a time index',
      headers: ['date', 'Myynti', 'Liidit', 'spend_google', 'Cost LinkedIn', 'kampanja_x', 'lämpötila', 't'],
      row: ['2024-01-01', '100', '5', '10', '20', '1', '-3.5', '0'],
      roles: { date: 'date', Myynti: 'outcome', Liidit: 'ignore', spend_google: 'spend', 'Cost LinkedIn': 'spend', kampanja_x: 'event', lämpötila: 'control', t: 'ignore' },
    },
  ])('reads $what', ({ headers, row, roles }) => {
    expect(roleOf(headers, [row])).toEqual(roles);
  });

  it('finds a date column by a word of its header, not by a part of a word', () => {
    expect(guessMixRoles(['update_count', 'order date', 'revenue'], [['17', '2024-01-01', '2']]).map((c) => c.role)).toEqual(['control', 'date', 'outcome']);
  });

  it('names a channel after its spend header without the marker', () => {
    expect(['tv_S', 'Channel0_spend', 'spend_google', 'Cost LinkedIn', 'Google kulut', 'search_cost'].map(channelName))
      .toEqual(['tv', 'Channel0', 'google', 'LinkedIn', 'Google', 'search']);
  });

  it('takes bare channel-like columns (x1, x2) as spend only when nothing is marked as spend', () => {
    expect(roleOf(['date_week', 'y', 'x1', 'x2', 'event_1'], [['2018-04-02', '1', '0.3', '0.2', '0']])).toMatchObject({ y: 'outcome', x1: 'spend', x2: 'spend', event_1: 'event' });
    expect(roleOf(['date', 'y', 'x1', 'tv_spend'], [['2018-04-02', '1', '0.3', '5']])).toMatchObject({ x1: 'control', tv_spend: 'spend' });
  });
});

describe('cells', () => {
  it('cellNumber() reads plain, decimal-comma and space-grouped numbers, and null for blanks and text', () => {
    expect(['1234.5', '1 234,56', '1.234,56', '1,234.56', '-3', '1e3', '', 'na', 'abc', 7].map(cellNumber)).toEqual([1234.5, 1234.56, 1234.56, 1234.56, -3, 1000, null, null, null, 7]);
  });
  it('cellDate() reads ISO, d.m.yyyy and m/d/yyyy, and refuses impossible dates', () => {
    expect(cellDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(cellDate('31.1.2024')).toBe(Date.UTC(2024, 0, 31));
    expect(cellDate('1/31/2024')).toBe(Date.UTC(2024, 0, 31));
    expect(cellDate('2023-02-29')).toBeNull();
    expect(cellDate('soon')).toBeNull();
  });
  it('mondayOf() gives the ISO week\'s Monday', () => {
    expect(new Date(mondayOf(Date.UTC(2024, 0, 7))).toISOString().slice(0, 10)).toBe('2024-01-01'); // a Sunday
    expect(new Date(mondayOf(Date.UTC(2024, 0, 1))).toISOString().slice(0, 10)).toBe('2024-01-01');
  });
});

describe('buildMixTable()', () => {
  const days = Array.from({ length: 21 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));

  it('sums daily rows into ISO weeks (outcome and spend summed, controls averaged, events as any day) and says so', () => {
    const rows = days.map((d, i) => [d, String(10 + i), String(i % 7 === 0 ? 70 : 0), String(i), i === 9 ? '1' : '0']);
    const read = buildMixTable({ headers: ['date', 'sales', 'tv_spend', 'price', 'holiday'], rows });
    const t = read.table!;
    expect(t.weeks).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    expect(Array.from(t.outcome)).toEqual([91, 140, 189]);
    expect(Array.from(t.channels[0].spend)).toEqual([70, 70, 70]);
    expect(t.controls.map((c) => [c.name, c.kind, Array.from(c.values)])).toEqual([['price', 'control', [3, 10, 17]], ['holiday', 'event', [0, 1, 0]]]);
    expect(read.notes.map((n) => n.key)).toContain('mmm.dailySummed');
  });

  it('sums geos to national weeks with a note, and averages their controls', () => {
    const rows = ['A', 'B'].flatMap((g, k) => ['2024-01-01', '2024-01-08'].map((d, i) => [g, d, String(100 * (k + 1) + i), String(10 * (k + 1)), String(k)]));
    const read = buildMixTable({ headers: ['geo', 'week', 'revenue', 'search_S', 'score_control'], rows });
    expect(Array.from(read.table!.outcome)).toEqual([300, 302]);
    expect(Array.from(read.table!.channels[0].spend)).toEqual([30, 30]);
    expect(Array.from(read.table!.controls[0].values)).toEqual([0.5, 0.5]);
    expect(english(read.notes.find((n) => n.key === 'mmm.geoSummed')!)).toContain('2 geos summed');
  });

  it('turns named events into one 0/1 column per level, multiplies a value per outcome in, and reports bad rows by number', () => {
    const rows = [['2024-01-01', '10', '2', '5', 'na'], ['2024-01-08', '20', '2', '0', 'event1'], ['x', '1', '1', '1', 'na'], ['2024-01-15', '?', '1', '1', 'na'], ['2024-01-22', '30', '3', '', 'event2']];
    const read = buildMixTable({ headers: ['time', 'conversions', 'revenue_per_conversion', 'tv_S', 'events'], rows });
    const t = read.table!;
    expect(Array.from(t.outcome)).toEqual([20, 40, 90]);
    expect(t.controls.map((c) => [c.name, Array.from(c.values)])).toEqual([['events: event1', [0, 1, 0]], ['events: event2', [0, 0, 1]]]);
    expect(read.problems).toEqual([{ key: 'mmm.badDate', params: { row: 4, value: 'x' } }, { key: 'mmm.badOutcome', params: { row: 5, value: '?' } }]);
    expect(read.notes.map((n) => n.key)).toEqual(expect.arrayContaining(['mmm.valuePerOutcome', 'mmm.eventLevels', 'mmm.blankCells', 'mmm.gaps']));
  });

  it('lets the mapper override any role, and returns no table with the reason when a role is missing', () => {
    const rows = [['2024-01-01', '10', '5', '1'], ['2024-01-08', '12', '6', '2']];
    const headers = ['date', 'revenue', 'tv', 'radio'];
    expect(buildMixTable({ headers, rows }).problems.map((p) => p.key)).toEqual(['mmm.noSpend']);
    const read = buildMixTable({ headers, rows }, new Map([['tv', 'spend'], ['radio', 'ignore']]));
    expect(read.table!.channels.map((c) => c.name)).toEqual(['tv']);
    expect(read.table!.controls).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = { headers: ['date', 'revenue', 'tv_S'], rows: [['2024-01-01', '10', '5'], ['2024-01-08', '12', '6']] };
    const before = structuredClone(input);
    buildMixTable(input);
    expect(input).toEqual(before);
  });
});
