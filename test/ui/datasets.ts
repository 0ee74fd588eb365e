// Realistic DatasetEntry objects for component tests, read by the real engine from small CSV tables.
import { readFileSync } from 'node:fs';
import { loadBytes } from '../../src/lib/ingest/load';
import type { DatasetEntry } from '../../src/worker/api';
import { english } from '../../src/lib/messages';

/** Small CSV files, one per kind the panels show differently. */
export const CSV = {
  touchpoints:
    'journey_id,timestamp,channel,conversion,value\n' +
    'A,2025-01-01,Email,0,\nA,2025-01-02,Search,1,100\nB,2025-01-01,Search,0,\nB,2025-01-03,Social,0,\nC,2025-01-02,Email,1,50\n',
  paths: 'path,total_conversions,total_conversion_value,total_null\nEmail > Search,2,30.5,3\nSearch,1,10,0\nSocial > Email,0,0,4\n',
  spend: 'date,channel,spend,clicks,impressions\n2025-01-06,Google Ads,1000.50,100,5000\n2025-01-06,LinkedIn,500,,\n2025-01-13,Google Ads,250,25,1000\n',
  experiment: 'variant,users,conversions,revenue\ncontrol,1000,50,2500\ntreatment,1000,65,3100\n',
  /** Headers no kind matches: the dataset needs mapping. */
  unknown: 'a,b,c\n2025-01-06,Google,100\n2025-01-13,Bing,50\n',
  /** A spend file with two costs that are not numbers (rows 3 and 5). */
  badRows: 'date,channel,spend\n2025-01-06,Google Ads,100\n2025-01-07,Google Ads,abc\n2025-01-08,LinkedIn,50\n2025-01-09,LinkedIn,n/a?\n2025-01-10,LinkedIn,75\n',
} as const;

export const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Reads bytes with the real engine and returns the entry the worker would send. */
export async function entryOf(file: string, bytes: Uint8Array | string, id = 'd1'): Promise<DatasetEntry> {
  const result = await loadBytes(file, typeof bytes === 'string' ? enc(bytes) : bytes);
  if (!result.ok) throw new Error(`expected ${file} to load, got ${result.problem.code}: ${english(result.problem.message)}`);
  return { id, ...result.dataset.summary };
}

/** A file of test/fixtures as bytes. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/${name}`));
