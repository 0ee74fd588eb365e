// Parquet files written by DuckDB in the test (COPY ... TO 'x.parquet'), read with hyparquet into the CSV pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readParquet, cellText } from '../../../src/lib/parsing/parquet';
import { loadOpened, openFile } from '../../../src/lib/ingest/open';
import { english } from '../../../src/lib/messages';

let con: DuckDBConnection;
let instance: DuckDBInstance;
const dir = mkdtempSync(join(tmpdir(), 'mittari-parquet-'));

/** Writes `select` as a Parquet file with `codec` and returns its bytes. */
async function parquet(name: string, select: string, codec = 'snappy'): Promise<Uint8Array> {
  const path = join(dir, name);
  await con.run(`COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION ${codec})`);
  return new Uint8Array(readFileSync(path));
}

/** A GA4 BigQuery export flattened to touchpoints: µs timestamps, 64-bit ids, a DATE, a value. */
const TOUCHPOINTS = `
  SELECT * FROM (VALUES
    (123456789012345678::BIGINT, TIMESTAMP '2026-03-01 10:15:00', DATE '2026-03-01', 'google', 'cpc', 'page_view', NULL::DOUBLE, TRUE),
    (123456789012345678::BIGINT, TIMESTAMP '2026-03-02 08:00:30', DATE '2026-03-02', 'newsletter', 'email', 'purchase', 120.5, FALSE),
    (223456789012345678::BIGINT, TIMESTAMP '2026-03-03 12:00:00', DATE '2026-03-03', 'linkedin', 'paid_social', 'page_view', NULL, NULL)
  ) AS t(user_pseudo_id, event_timestamp, event_date, source, medium, event_name, value, consent)`;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
});

afterAll(() => {
  con.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('readParquet()', () => {
  it('writes ids as digits, timestamps and dates as ISO, booleans TRUE/FALSE and nulls as empty cells', async () => {
    const bytes = await parquet('touch.parquet', TOUCHPOINTS);
    const before = bytes.slice();
    const out = await readParquet('touch.parquet', bytes);
    expect(out.ok && new TextDecoder().decode(out.csv)).toBe([
      'user_pseudo_id,event_timestamp,event_date,source,medium,event_name,value,consent',
      '123456789012345678,2026-03-01T10:15:00,2026-03-01,google,cpc,page_view,,TRUE',
      '123456789012345678,2026-03-02T08:00:30,2026-03-02,newsletter,email,purchase,120.5,FALSE',
      '223456789012345678,2026-03-03T12:00:00,2026-03-03,linkedin,paid_social,page_view,,',
      '',
    ].join('\n'));
    expect(bytes).toEqual(before);
  });

  it('turns each kind of value into its CSV cell', () => {
    const cases: [unknown, string][] = [
      [123456789012345678n, '123456789012345678'], [1.2e17, '120000000000000000'], [1e-7, '0.0000001'], [0.25, '0.25'],
      [new Date(Date.UTC(2026, 0, 31)), '2026-01-31'], [new Date(Date.UTC(2026, 0, 31, 14, 5, 0, 250)), '2026-01-31T14:05:00.250'],
      [null, ''], [true, 'TRUE'], [[1n, 2n], '["1","2"]'], [{ a: 'x' }, '{"a":"x"}'],
    ];
    for (const [value, cell] of cases) expect(cellText(value)).toBe(cell);
  });

  it('says to export again with Snappy when the file is compressed with ZSTD or GZIP', async () => {
    for (const codec of ['zstd', 'gzip']) {
      const out = await readParquet('bq.parquet', await parquet(`${codec}.parquet`, TOUCHPOINTS, codec));
      expect(out.ok ? 'read' : english(out.problem)).toBe(`bq.parquet is compressed with ${codec.toUpperCase()} (column "user_pseudo_id"), which Mittari does not read. Export it again with Snappy compression (or none): in BigQuery, --compression=SNAPPY; in DuckDB, COPY ... (FORMAT parquet, COMPRESSION snappy).`);
    }
  });

  it('refuses from the metadata alone a file of too many cells, and names a broken one', async () => {
    // 26 million cells in a few kilobytes: refused before a page is decoded.
    const big = await parquet('big.parquet', 'SELECT 1 AS a, 2 AS b FROM range(13000000)');
    expect(big.length).toBeLessThan(1_000_000);
    const refused = await readParquet('big.parquet', big);
    expect(refused.ok ? 'read' : english(refused.problem)).toMatch(/^big\.parquet holds 13,000,000 rows × 2 columns, more than the 25,000,000 cells a browser tab can read/);
    const cut = await readParquet('cut.parquet', big.subarray(0, 40));
    expect(cut.ok ? 'read' : english(cut.problem)).toMatch(/^cut\.parquet is a Parquet file that cannot be read \(/);
  });
});

describe('a .parquet file down the CSV pipeline', () => {
  it('loads a flattened GA4 export as touchpoints, by its first bytes whatever it is called', async () => {
    const opened = await openFile('export-000000000000', await parquet('ga4.parquet', TOUCHPOINTS));
    expect(opened.ok && opened.origin).toEqual({ format: 'parquet' });
    const loaded = opened.ok ? await loadOpened(opened, {}) : null;
    const s = loaded?.ok ? loaded.dataset.summary : null;
    expect(s).toMatchObject({ kind: 'touchpoints', rows: 3, origin: { format: 'parquet' } });
    expect(s?.columns.find((c) => c.name === 'user_pseudo_id')).toMatchObject({ role: 'journey_id', type: 'text' });
    expect(s?.stats).toMatchObject({ type: 'journeys', journeys: 2 });
  });
});
