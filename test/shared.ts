// The one place tests reach outside the repository: `../shared` beside it (house style, formats, data).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// From this file's place, so the working directory does not matter. Not `new URL('../..', import.meta.url)`:
// Vite would take that pattern for an asset import.
const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

/** The path of a file in `../shared`, e.g. sharedPath('data', 'channelattribution-paths.csv'). */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED, ...parts);
}

/** ChannelAttribution's example path table (10,000 paths), the published numbers' source. */
export const CHANNELATTRIBUTION_PATHS = sharedPath('data', 'channelattribution-paths.csv');
