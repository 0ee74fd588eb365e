// Random input for issue 18's fuzz tests: random bytes, and near-CSV made of the headers Mittari detects and
// hostile cells (1e309, 400 digits, year 9999, NUL, prototype names, stray quotes), with any delimiter, line end
// and byte-order mark, sometimes with one byte changed.
import fc from 'fast-check';

const HEADERS = [
  'contact_id,timestamp,channel,stage,converted,deal_value',
  'path,total_conversions,total_conversion_value,total_null',
  'variant,users,conversions,revenue',
  'user_id,variant,converted,revenue',
  'date,channel,spend,clicks',
  'deal_id,contact_id,created,closed,stage,status,amount,source_channel',
  'month,channel,forecast,actual',
  'customer_id,start_date,end_date,mrr,segment,channel',
  'date,score,segment',
];

const CELLS = [
  '', '0', '1', '2', '3', '-1', '12.5', '1,5', '1 234,50', '1e309', '1e308', '1e15', '9'.repeat(400), 'NaN', 'Infinity',
  '__proto__', 'constructor', 'toString', 'Search', 'Email', 'A > B > C', 'Search > __proto__', 'C1', 'C2', 'C3',
  '2025-01-06', '2025-02-03T10:00:00Z', '0001-01-01', '9999-12-31', '31.2.2025', '6.1.2025', '20250106', '1735689600',
  'won', 'lost', 'open', 'lead', 'MQL', 'SMB', 'active', '"', '"a,b"', '"x""y"', '\u0000', 'ä', '=cmd|x', ' ', '\u2212 5', '10', '100',
];

/** Cells that fit a column by its name, hostile ones included (1e309, year 9999, prototype names). */
function fitting(column: string): string[] {
  if (column === 'variant') return ['A', 'B', '__proto__', 'constructor'];
  if (/id$/.test(column) || column === 'segment') return ['C1', 'C2', 'C3', '__proto__', 'constructor', 'toString'];
  if (/timestamp|date|created|closed|month/.test(column)) return ['2025-01-06', '2025-02-03T10:00:00Z', '6.1.2025', '2025-03-01', '0001-01-01', '9999-12-31'];
  if (/channel/.test(column)) return ['Search', 'Email', '__proto__', 'constructor', 'toString', 'ä'];
  if (column === 'path') return ['A > B > C', 'Search > __proto__', 'Email', 'constructor > toString'];
  if (column === 'stage') return ['lead', 'MQL', 'won', 'lost'];
  if (column === 'status') return ['won', 'lost', 'open'];
  if (column === 'converted') return ['0', '1'];
  return ['0', '1', '3', '10', '100', '12.5', '1e15', '1e308', '1e309', '9'.repeat(400), '-1'];
}

/** A header from HEADERS (sometimes missing a column), rows of cells that mostly fit their column and sometimes
 *  are any hostile cell, a delimiter, line ends and a byte-order mark. */
const nearCsv = fc.record({
  header: fc.constantFrom(...HEADERS),
  drop: fc.nat(9),
  rows: fc.array(fc.array(fc.tuple(fc.nat(99), fc.nat(999)), { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 25 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.constantFrom<number[]>([], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe]),
}).map(({ header, drop, rows, delimiter, eol, bom }) => {
  const names = header.split(',').filter((_, i) => i !== drop);
  // 85% a fitting cell, 14% any hostile cell, 1% a stray quote (which makes the rest of the file one cell).
  const cell = (name: string, [roll, pick]: [number, number]) => {
    const raw = roll < 85 ? fitting(name)[pick % fitting(name).length] : roll < 99 ? CELLS[pick % CELLS.length] : '"';
    return raw.includes(delimiter) && !raw.startsWith('"') ? `"${raw}"` : raw;
  };
  const text = [names.join(delimiter), ...rows.map((r) => names.map((name, i) => cell(name, r[i])).join(delimiter))].join(eol) + eol;
  return Uint8Array.from([...bom, ...new TextEncoder().encode(text)]);
});

export const anyBytes = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  { weight: 6, arbitrary: nearCsv },
  { weight: 1, arbitrary: nearCsv.chain((b) => fc.nat(Math.max(0, b.length - 1)).map((at) => Uint8Array.from(b, (x, i) => (i === at ? (x + 97) % 256 : x)))) },
);

