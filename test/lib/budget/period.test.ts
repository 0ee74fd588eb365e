// The budget's note on the journeys' period: only when it is true.
import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../../src/lib/ingest/load';
import { attribute } from '../../../src/lib/attribution/attribute';
import { budgetView } from '../../../src/lib/budget/view';
import { periodNote, spendSpan } from '../../../src/lib/budget/period';
import { english } from '../../../src/lib/messages';
import type { DatasetData } from '../../../src/lib/types';

async function load(name: string, text: string): Promise<DatasetData> {
  const r = await loadBytes(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(`${name} did not load`);
  return r.dataset.data;
}

const days = (from: number, to: number, month = '07') => Array.from({ length: to - from + 1 }, (_, i) => `2025-${month}-${String(from + i).padStart(2, '0')}`);
/** Daily spend of Search and Social for 1-31 July. */
const SPEND = 'date,channel,spend\n' + days(1, 31).flatMap((d) => [`${d},Search,100`, `${d},Social,50`]).join('\n') + '\n';
/** Journeys with touches from `first` to `last` (one a day, alternating channels, every third converting). */
const touches = (dates: string[]) => 'journey_id,timestamp,channel,conversion\n' +
  dates.map((d, i) => `J${i},${d}T10:00:00Z,${i % 2 ? 'Search' : 'Social'},${i % 3 === 0 ? 1 : 0}`).join('\n') + '\n';

async function notes(touchText: string) {
  const spend = await load('spend.csv', SPEND), touch = await load('touches.csv', touchText);
  if (spend.kind !== 'spend' || touch.kind !== 'touchpoints') throw new Error('wrong kinds');
  const out = budgetView(spend.rows, attribute(touch.journeys, 'touchpoints'), { model: 'linear' }, { set: touch.journeys, source: 'touchpoints' });
  if (!out.ok) throw new Error(english(out.reason));
  return out.view.notes.map(english);
}

describe('periodNote()', () => {
  it('says nothing when spend and journeys both cover exactly 1-31 July', async () => {
    const n = await notes(touches(days(1, 31)));
    expect(n.join(' ')).not.toMatch(/same period/);
    expect(n.some((x) => x.includes('journeys 2025'))).toBe(false);
  });

  it('names both spans when the journeys start a month earlier', async () => {
    const n = await notes(touches([...days(1, 30, '06'), ...days(1, 31)]));
    expect(n).toContain('The spend covers 2025-07-01 to 2025-07-31, but the journeys 2025-06-01 to 2025-07-31: credit from outside the spend\'s period makes channels look cheaper or dearer than they are. Load files of the same period.');
  });

  it('keeps the advice when the journeys have no dates to compare', async () => {
    const spend = await load('spend.csv', SPEND), paths = await load('paths.csv', 'path,total_conversions\nSearch > Social,3\n');
    if (spend.kind !== 'spend' || paths.kind !== 'paths') throw new Error('wrong kinds');
    expect(english(periodNote(spend.rows, paths.journeys) ?? { key: 'budget.targetMroiMissing', params: {} })).toMatch(/should cover the same period/);
  });

  it('reads weekly labels as whole weeks', async () => {
    const spend = await load('w.csv', 'week,channel,spend\n2025-06-30,Search,10\n2025-07-07,Search,10\n');
    if (spend.kind !== 'spend') throw new Error('wrong kind');
    expect(spendSpan(spend.rows)).toEqual({ start: Date.UTC(2025, 5, 30), end: Date.UTC(2025, 6, 14), step: 7 * 86_400_000 });
  });
});
