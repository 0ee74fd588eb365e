import { describe, expect, it } from 'vitest';
import { BYTES_PER_FILE_BYTE, capacityProblem, TAB_MEMORY_BYTES } from '../../../src/lib/ingest/capacity';
import { english } from '../../../src/lib/messages';

const MB = 1024 ** 2;

describe('capacityProblem()', () => {
  it('lets through files that fit, like the 100 MB one the browser test loads', () => {
    expect(capacityProblem('big.csv', 100 * MB)).toBeNull();
  });

  it('stops a 5M-row export (about 365 MB) with the estimate and what to do', () => {
    const message = capacityProblem('events.csv', 365 * MB);
    expect(message && english(message)).toMatch(/^events\.csv is 365 MB; reading it here would need about 5\.3 GB of memory/);
    expect(message && english(message)).toMatch(/Aggregate it to a path table/);
  });

  it('draws the line where the estimate meets the budget', () => {
    const edge = Math.floor(TAB_MEMORY_BYTES / BYTES_PER_FILE_BYTE);
    expect(capacityProblem('a.csv', edge)).toBeNull();
    expect(capacityProblem('a.csv', edge + 1)).not.toBeNull();
    expect(capacityProblem('a.csv', 10 * MB, 100 * MB)).not.toBeNull();
  });
});
