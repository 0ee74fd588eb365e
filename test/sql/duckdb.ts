// DuckDB helpers for the SQL template tests: an in-memory database, query -> plain rows, GA4 events as
// nested rows, and CSV files written where DuckDB's read_csv can read them.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv, type Cell } from '../../src/lib/util/csv';
import type { Ga4Event } from './generate';

export interface Db {
  con: DuckDBConnection;
  /** Runs a query; BIGINT/HUGEINT come back as bigint, DOUBLE as number, NULL as null. */
  rows: (sql: string) => Promise<Record<string, unknown>[]>;
  run: (sql: string) => Promise<void>;
  /** Writes CSV text to a file in the test's own temp folder and returns its bytes and path. */
  file: (name: string, header: readonly string[], rows: readonly (readonly Cell[])[]) => { path: string; bytes: Uint8Array };
  close: () => void;
}

export async function openDb(): Promise<Db> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  const dir = mkdtempSync(join(tmpdir(), 'mittari-sql-'));
  return {
    con,
    rows: async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[],
    run: async (sql) => { await con.run(sql); },
    file: (name, header, rows) => {
      const path = join(dir, name);
      const bytes = new TextEncoder().encode(toCsv([header, ...rows]));
      writeFileSync(path, bytes);
      return { path, bytes };
    },
    close: () => {
      con.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A number from a DuckDB cell (bigint sums, doubles); null stays null. */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const lit = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
const n = (v: number | undefined) => (v === undefined ? 'NULL' : String(v));

/** One GA4 event as a row of GA4_EVENTS_DUCKDB_DDL's `events`: a session id parameter first, then 'value'. */
export function eventValues(e: Ga4Event): string {
  const param = (key: string, int?: number, double?: number) =>
    `{'key': '${key}', 'value': {'string_value': NULL, 'int_value': ${n(int)}, 'float_value': NULL, 'double_value': ${n(double)}}}`;
  const params = [param('ga_session_id', 1700000000), ...(e.param ? [param('value', e.param.int, e.param.double)] : [])];
  const tagged = [e.source, e.medium, e.campaign, e.gclid].some((v) => v !== undefined);
  const traffic = tagged
    ? `{'manual_campaign_id': NULL, 'manual_campaign_name': ${lit(e.campaign)}, 'manual_source': ${lit(e.source)}, ` +
      `'manual_medium': ${lit(e.medium)}, 'manual_term': NULL, 'manual_content': NULL, 'gclid': ${lit(e.gclid)}, 'dclid': NULL, 'srsltid': NULL}`
    : 'NULL';
  const ecommerce = e.purchaseRevenue === undefined ? 'NULL' : `{'purchase_revenue': ${e.purchaseRevenue}}`;
  // event_date as GA4 writes it (yyyymmdd, here in UTC: the property's time zone).
  const day = new Date(Number(e.time / 1000n)).toISOString().slice(0, 10).replaceAll('-', '');
  return `('${day}', ${e.time}, ${lit(e.name)}, [${params.join(', ')}], ${lit(e.user)}, ${traffic}, ${ecommerce})`;
}
