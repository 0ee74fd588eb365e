import { describe, expect, it } from 'vitest';
import { BYTES_PER_FILE_BYTE, capacityProblem, TAB_MEMORY_BYTES } from '../../../src/lib/ingest/capacity';
import { english } from '../../../src/lib/messages';

const MB = 1024 ** 2;

describe('capacityProblem()', () => {
  it('lets through files that fit, like the 1 GB, 14M-row export the browser bench loads', () => {
    expect(capacityProblem('big.csv', 100 * MB)).toBeNull();
    expect(capacityProblem('ga4.csv', 1040 * MB)).toBeNull();
  });

  it('stops a 2 GB export (about 30M rows) with the estimate and what to do', () => {
    const message = capacityProblem('events.csv', 2048 * MB);
    expect(message && english(message)).toMatch(/^events\.csv is 2048 MB; reading it here would need about 5\.0 GB of memory, more than a browser tab can use \(about 3\.5 GB\)/);
    expect(message && english(message)).toMatch(/Aggregate it to a path table/);
  });

  it('draws the line where the estimate meets the budget', () => {
    const edge = Math.floor(TAB_MEMORY_BYTES / BYTES_PER_FILE_BYTE);
    expect(capacityProblem('a.csv', edge)).toBeNull();
    expect(capacityProblem('a.csv', edge + 1)).not.toBeNull();
    expect(capacityProblem('a.csv', 10 * MB, 10 * MB)).not.toBeNull();
  });
});
