// Per-user A/B files as public datasets and tools write them (test/fixtures/wild/), read with no hand mapping, and
// every count checked against a brute-force reading of the same text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes, type Dataset } from '../../../src/lib/ingest/load';
import { detectKind } from '../../../src/lib/schema/detect';
import { english } from '../../../src/lib/messages';
import type { ColumnFormat, ExperimentArm } from '../../../src/lib/types';

const path = (name: string) => `test/fixtures/wild/${name}`;

async function load(name: string): Promise<Dataset> {
  const result = await loadBytes(name, new Uint8Array(readFileSync(path(name))));
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

/** The file as rows of cells: these fixtures have no quotes. */
function cells(name: string, delimiter = ','): string[][] {
  return readFileSync(path(name), 'utf8').trim().split('\n').slice(1).map((line) => line.split(delimiter));
}

const armsOf = (d: Dataset, metric: string): ExperimentArm[] => (d.data.kind === 'experiment_users' ? d.data.arms.filter((a) => a.metric === metric) : []);

describe('per-user A/B files from the wild', () => {
  it('reads the mobile-game test (version, TRUE/FALSE retention, rounds played) as three metrics', async () => {
    const d = await load('cookie-cats.csv');
    expect(d.summary.kind).toBe('experiment_users');
    expect(d.summary.columns.map((c) => c.role)).toEqual(['user_id', 'variant', 'revenue', 'converted', 'converted']);
    expect([...new Set((d.data.kind === 'experiment_users' ? d.data.arms : []).map((a) => a.metric))]).toEqual(['retention_1', 'retention_7', 'sum_gamerounds']);
    const rows = cells('cookie-cats.csv');
    for (const version of ['gate_30', 'gate_40']) {
      const mine = rows.filter((r) => r[1] === version);
      const rounds = mine.map((r) => Number(r[2]));
      const [r1] = armsOf(d, 'retention_1').filter((a) => a.variant === version);
      const [r7] = armsOf(d, 'retention_7').filter((a) => a.variant === version);
      const [g] = armsOf(d, 'sum_gamerounds').filter((a) => a.variant === version);
      expect(r1.users).toBe(mine.length);
      expect(r1.conversions).toBe(mine.filter((r) => r[3] === 'TRUE').length);
      expect(r7.conversions).toBe(mine.filter((r) => r[4] === 'TRUE').length);
      expect(g).toMatchObject({ measure: 'mean', users: mine.length, revenue: rounds.reduce((a, b) => a + b, 0), revenueSquares: rounds.reduce((a, b) => a + b * b, 0) });
    }
  });

  it('reads the pandas re-save (True/False, userid renamed user_id) to the same numbers', async () => {
    const [a, b] = [await load('cookie-cats.csv'), await load('cookie-cats-pandas.csv')];
    expect(b.summary.kind).toBe('experiment_users');
    expect(b.data).toEqual(a.data);
  });

  it('reads Finnish (käyttäjä, ryhmä, kyllä/ei, decimal commas) and yes/no files', async () => {
    const fi = await load('ab-fi.csv');
    expect(fi.summary.columns.map((c) => c.role)).toEqual(['user_id', 'variant', 'converted', 'revenue']);
    expect(armsOf(fi, 'tilasi').map((a) => [a.variant, a.users, a.conversions, a.revenue])).toEqual([['A', 3, 1, 12.5], ['B', 3, 2, 37.25]]);
    const yes = await load('ab-yes-no.csv');
    expect(yes.summary.columns.map((c) => c.role)).toEqual(['user_id', 'variant', 'converted', 'revenue']);
    expect(armsOf(yes, 'signed_up').map((a) => [a.variant, a.users, a.conversions])).toEqual([['control', 3, 2], ['variant', 3, 2]]);
    expect(armsOf(yes, 'revenue').map((a) => [a.variant, a.revenue])).toEqual([['control', 49], ['variant', 68]]);
  });

  it('counts and names the users in two arms, exact repeats and rows without a variant of the classic file', async () => {
    const d = await load('ab-test-classic.csv');
    const rows = cells('ab-test-classic.csv');
    // Brute force: every user's rows, then what each rule leaves.
    const withVariant = rows.filter((r) => r[2] !== '');
    const groups = new Map<string, string[][]>();
    for (const r of withVariant) groups.set(r[0], [...(groups.get(r[0]) ?? []), r]);
    const twoArms = [...groups.values()].filter((rs) => new Set(rs.map((r) => r[2])).size > 1);
    const oneArm = [...groups.values()].filter((rs) => new Set(rs.map((r) => r[2])).size === 1);
    const distinct = oneArm.map((rs) => [...new Set(rs.map((r) => r.join(',')))].map((x) => x.split(',')));
    const duplicates = oneArm.reduce((n, rs, i) => n + rs.length - distinct[i].length, 0);
    expect(d.data.kind === 'experiment_users' && d.data.exclusions).toEqual({
      usersInTwoVariants: twoArms.length, rowsInTwoVariants: twoArms.flat().length, duplicateRows: duplicates,
      repeatedUsers: distinct.filter((rs) => rs.length > 1).length, rowsWithoutVariant: rows.length - withVariant.length,
    });
    expect([twoArms.length, duplicates, rows.length - withVariant.length]).toEqual([3, 1, 2]);
    expect(d.summary.usedRows).toBe(rows.length - (rows.length - withVariant.length) - twoArms.flat().length - duplicates);
    expect(d.summary.issues.byReason).toEqual({ missing_value: 2, user_in_two_variants: 6, duplicate_row: 1 });
    for (const group of ['control', 'treatment']) {
      const users = distinct.filter((rs) => rs[0][2] === group);
      const [arm] = armsOf(d, 'converted').filter((a) => a.variant === group);
      expect(arm.users).toBe(users.length);
      expect(arm.conversions).toBe(users.filter((rs) => rs.some((r) => r[4] === '1')).length);
    }
    expect(english(d.summary.warnings.find((w) => w.key === 'warning.userExclusions')!)).toMatch(/^3 users appear in two variants \(6 rows\)/);
  });

  it('remembers the mapper\'s choice for the same headers: a metric the user set aside stays aside', async () => {
    const first = await load('cookie-cats.csv');
    const mapping = first.summary.columns.map((c) => (c.name === 'retention_7' ? 'ignore' : c.role));
    const remembered = { [first.summary.headerKey]: { kind: 'experiment_users' as const, mapping } };
    const again = await loadBytes('cookie-cats.csv', new Uint8Array(readFileSync(path('cookie-cats.csv'))), { remembered });
    if (!again.ok || again.dataset.data.kind !== 'experiment_users') throw new Error('expected a per-user test');
    expect([...new Set(again.dataset.data.arms.map((a) => a.metric))]).toEqual(['retention_1', 'sum_gamerounds']);
  });

  it('knows the variant column by every common name and its outcome columns by their values', () => {
    const T: ColumnFormat = { type: 'text' }, B: ColumnFormat = { type: 'boolean' }, N: ColumnFormat = { type: 'number', decimal: '.' };
    for (const name of ['variant', 'version', 'group', 'test group', 'arm', 'bucket', 'treatment', 'cohort', 'ryhmä', 'versio', 'Test_Group']) {
      const got = detectKind(['user_id', name, 'clicked_cta', 'order_value'], [T, T, B, N]);
      expect([name, got.kind, got.mapping]).toEqual([name, 'experiment_users', ['user_id', 'variant', 'converted', 'revenue']]);
    }
    // A pandas index (an empty or `Unnamed: 0` header) and other ids are never metrics.
    const pandas = detectKind(['Unnamed: 0', 'userid', 'version', 'retention_1', 'session_id', 'row_order'], [N, N, T, B, N, N]);
    expect(pandas.mapping).toEqual(['ignore', 'user_id', 'variant', 'converted', 'ignore', 'ignore']);
  });
});
