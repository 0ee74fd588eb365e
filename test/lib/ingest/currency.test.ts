// The currency read from the file (issue 14, part 3): a currency column, a money header's marker, or the cells.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes } from '../../../src/lib/ingest/load';
import { codeIn } from '../../../src/lib/ingest/currency';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
async function currency(name: string, bytes: Uint8Array) {
  const r = await loadBytes(name, bytes);
  if (!r.ok) throw new Error(r.problem.code);
  return r.dataset.summary.currency;
}
const text = (s: string) => new TextEncoder().encode(s);

describe('the currency of a file', () => {
  it('reads a Google Ads report\'s "Currency code" column', async () => {
    expect(await currency('ads.csv', fixture('google-ads-usd.csv'))).toEqual({ codes: ['USD'], from: 'column', column: 'Currency code' });
  });

  it('reads euro signs in a Finnish spend file\'s cells', async () => {
    expect(await currency('kulut.csv', fixture('fi-spend-cp1252.csv'))).toEqual({ codes: ['EUR'], from: 'cells', column: 'Kulut' });
  });

  it('reads a money header\'s marker: (USD), (EUR), €, US$', async () => {
    expect((await currency('a.csv', text('date,channel,Cost (USD)\n2025-01-06,Google,10\n')))?.codes).toEqual(['USD']);
    expect((await currency('b.csv', text('Päivä;Kanava;Kulut (EUR)\n6.1.2025;Google;10\n')))?.codes).toEqual(['EUR']);
    expect((await currency('c.csv', text('date,channel,Spend €\n2025-01-06,Google,10\n')))?.codes).toEqual(['EUR']);
    expect((await currency('d.csv', text('date,channel,spend US$\n2025-01-06,Google,10\n')))?.codes).toEqual(['USD']);
  });

  it('lists every code of a currency column, most rows first, and says nothing when the file does not', async () => {
    const mixed = 'date,channel,spend,currency\n2025-01-06,A,1,EUR\n2025-01-06,B,2,USD\n2025-01-13,A,3,EUR\n';
    expect((await currency('m.csv', text(mixed)))?.codes).toEqual(['EUR', 'USD']);
    expect(await currency('spend.csv', new Uint8Array(readFileSync(new URL('../../../public/examples/spend.csv', import.meta.url))))).toBeNull();
  });

  it('names codes in text', () => {
    expect(['€ 12', 'US$12', '$12', 'EUR', 'Kulut (SEK)', '£5', '12,50'].map(codeIn)).toEqual(['EUR', 'USD', 'USD', 'EUR', 'SEK', 'GBP', null]);
  });
});
