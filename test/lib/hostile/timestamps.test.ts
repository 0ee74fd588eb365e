// Issue 18, case 8: a touchpoint file whose every timestamp was unreadable "succeeded" with 0 journeys, set no
// mapping problem, and its models said time decay was off because "path tables have none".
import { describe, expect, it } from 'vitest';
import { loadBytes, type Dataset } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { attribute } from '../../../src/lib/attribution/attribute';
import { isJourneyKind } from '../../../src/lib/types';
import { utf8 } from '../parsing/helpers';

async function load(text: string, name = 'touchpoints.csv'): Promise<Dataset> {
  const result = await loadBytes(name, utf8(text));
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

describe('a touchpoint file whose every timestamp is unreadable', () => {
  const csv = 'user_id,timestamp,channel,conversion\nu1,garbage,Search,1\nu2,nonsense,Email,0\nu2,31.2.2025,Email,1\n';

  it('gets a mapping problem that names the column and the first value', async () => {
    const s = (await load(csv)).summary;
    expect(s.kind).toBe('touchpoints');
    expect(s.usedRows).toBe(0);
    expect(s.mappingProblem && english(s.mappingProblem)).toBe('No value in column "timestamp" reads as a date (row 2: "garbage"), so no row could be used. Map another column as the timestamp, set this one to "Not used", or fix the dates in the file.');
  });

  it('keeps a file with some unreadable timestamps usable, with row problems', async () => {
    const s = (await load('user_id,timestamp,channel,conversion\nu1,2025-01-02,Search,1\nu2,nonsense,Email,0\n')).summary;
    expect(s.mappingProblem).toBeNull();
    expect(s.issues.byReason).toEqual({ not_a_date: 1 });
  });

  it('time decay on a touchpoint file without timestamps says the touchpoint file has none, not path tables', async () => {
    const d = await load('user_id,channel,conversion\nu1,Search,1\nu2,Email,1\n');
    if (!isJourneyKind(d.data)) throw new Error('not journeys');
    const r = attribute(d.data.journeys, d.data.kind, { models: ['time_decay', 'linear'] });
    expect(r.unavailable.time_decay && english(r.unavailable.time_decay)).toBe('Time decay needs timestamps; this touchpoint file has no timestamp column mapped.');
  });
});
