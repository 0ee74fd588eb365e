// WCAG 2.5.3 (label in name; axe's label-content-name-mismatch): where a button shows a short text `x` and is named by
// a longer `xOf(...)` (the file or KPI it acts on), the name must contain the text, in both languages. Inputs named
// `xOf` under a column header `x` show no text of their own and are left out.
const INPUTS = new Set(['budget.min', 'budget.max']);
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { fi } from '../../src/ui/i18n/fi';

type Dict = Record<string, unknown>;
/** Every [path, text, name] where a section has `k` (a string) and `kOf` (a function of one text). */
function pairs(d: Dict, path = ''): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [k, v] of Object.entries(d)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) out.push(...pairs(v as Dict, `${path}${k}.`));
    const named = d[`${k}Of`];
    if (typeof v === 'string' && typeof named === 'function' && named.length === 1) out.push([`${path}${k}`, v, (named as (x: string) => string)('report.csv')]);
  }
  return out;
}

describe('accessible names contain the visible text', () => {
  for (const [lang, dict] of [['en', en], ['fi', fi]] as const) {
    it(`in ${lang}`, () => {
      const found = pairs(dict as unknown as Dict);
      expect(found.length).toBeGreaterThan(0);
      for (const [path, text, name] of found.filter(([p]) => !INPUTS.has(p))) expect(name.toLowerCase(), path).toContain(text.toLowerCase());
    });
  }
});
