// The demo tables of Robyn, Meridian and PyMC-Marketing in ../shared/data/mmm/, read with papaparse as the app reads
// a CSV (header row, then cells as strings). Their place comes from ../../shared.ts, the one file that names ../shared.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { WideTable } from '../../../src/lib/mmm/table';
import { sharedPath } from '../../shared';

export const DEMO_DIR = sharedPath('data', 'mmm') + '/';

export const DEMOS = {
  robyn: 'robyn_dt_simulated_weekly.csv',
  meridianNational: 'meridian_national_media.csv',
  meridianGeo: 'meridian_geo_media.csv',
  pymc: 'pymc_marketing_mmm_example.csv',
} as const;

export function readDemo(file: string): WideTable {
  const parsed = Papa.parse<string[]>(readFileSync(DEMO_DIR + file, 'utf8'), { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  return { headers, rows };
}
