import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../../src/lib/ingest/load';
import { duplicateRows } from '../../../src/lib/ingest/duplicates';
import { english } from '../../../src/lib/messages';
import { mulberry32 } from '../../../src/lib/util/random';

async function tableOf(csv: string) {
  const r = await loadBytes('t.csv', new TextEncoder().encode(csv));
  if (!r.ok) throw new Error(english(r.problem.message));
  return r.dataset;
}

describe('duplicateRows()', () => {
  it('counts the rows that repeat an earlier row, as a brute-force comparison of whole lines does', async () => {
    const rand = mulberry32(16);
    for (let round = 0; round < 20; round++) {
      // Few channels (a dictionary column) and many ids (a plain column), with lines copied now and then.
      const lines: string[] = [];
      for (let i = 0; i < 3000; i++) {
        lines.push(rand() < 0.05 && lines.length > 0 ? lines[Math.floor(rand() * lines.length)] : `c${Math.floor(rand() * 2500)},${['Email', 'Search', 'Social'][Math.floor(rand() * 3)]},${Math.floor(rand() * 4)}`);
      }
      const d = await tableOf(`journey_id,channel,cost\n${lines.join('\n')}\n`);
      const seen = new Map<string, number>();
      let count = 0, first: [number, number] | null = null;
      lines.forEach((l, i) => {
        const at = seen.get(l);
        if (at === undefined) { seen.set(l, i); return; }
        count++;
        first ??= [i + 2, at + 2];
      });
      const got = duplicateRows(d.table);
      expect(got).toEqual(count === 0 ? null : { count, row: first![0], of: first![1] });
    }
  });

  it('names the repeats in a warning, but not twice for a per-user test, which leaves them out itself', async () => {
    const spend = await tableOf('date,channel,spend\n2025-01-06,Google Ads,100\n2025-01-06,Google Ads,100\n2025-01-07,Google Ads,100\n');
    expect(spend.summary.warnings.map(english)).toContain('1 row repeats an earlier row cell for cell (the first: row 3 repeats row 2). It was read as it is; if the export doubled it, remove it and load the file again.');
    const users = await tableOf('user_id,variant,converted\nu1,A,1\nu1,A,1\nu2,B,0\n');
    expect(users.summary.warnings.map((w) => w.key)).toEqual(['warning.userExclusions']);
  });
});
