import { describe, expect, it } from 'vitest';
import { sniffDialect, splitLine } from '../../../src/lib/parsing/sniff';
import { fixture } from './helpers';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('sniffDialect() delimiter', () => {
  it.each([
    ['plain commas', lines('a,b,c', '1,2,3', '4,5,6'), ','],
    ['semicolons with decimal commas (fi Excel)', lines('Päivä;Kulut;Klikit', '31.1.2025;12,5;3', '1.2.2025;7,25;4'), ';'],
    ['semicolons whose header also has commas', lines('Kanava;Kulut (€, alv 0);Klikit', 'Haku;12,5;3', 'Some;7,25;4'), ';'],
    ['semicolons with the same comma count on every line', lines('1,5;2,5', '3,5;4,5', '5,5;6,5'), ';'],
    ['tabs with decimal commas (Excel Unicode text)', lines('Day\tCost\tClicks', '2025-01-01\t1 234,56\t3', '2025-01-02\t2,5\t4'), '\t'],
    ['tabs with commas in text', lines('Campaign\tCost', 'Helsinki, Espoo\t12.5', 'Tampere\t3'), '\t'],
    ['pipes', lines('channel|cost|clicks', 'Search|12.5|3', 'Social|1,234.5|4'), '|'],
    ['commas with quoted fields holding semicolons', lines('id,path', '1,"a;b"', '2,"c;d;e"'), ','],
    ['commas with quoted fields holding commas and newlines', lines('id,note,cost', '1,"Hello, ""you""\nsecond line",1.5', '2,"x,y",2'), ','],
    ['commas with US numbers in quotes', fixture('google-ads-campaigns.csv'), ','],
    ['a fi Excel semicolon file with CRLF', fixture('fi-excel-semicolon.csv'), ';'],
  ])('picks the delimiter of %s', (_, text, delimiter) => {
    expect(sniffDialect(text).delimiter).toBe(delimiter);
  });

  it.each([
    ['a single column', lines('email', 'a@example.com', 'b@example.com')],
    ['an empty text', ''],
  ])('defaults to "," for %s', (_, text) => {
    expect(sniffDialect(text).delimiter).toBe(',');
  });
});

describe('sniffDialect() header and preamble', () => {
  it.each([
    ['a file without preamble', lines('a,b', '1,2'), 0, []],
    ['GA4 `#` lines and a blank line', fixture('ga4-acquisition.csv'), 6, [0, 1, 2, 3, 4]],
    ['a Google Ads report title and date range', fixture('google-ads-campaigns.csv'), 2, [0, 1]],
    ['a LinkedIn report title, dates, generation time and blank line', fixture('linkedin-campaigns.csv'), 4, [0, 1, 2]],
    ['blank lines and `;;;` rows before a header', lines('', ';;;', 'a;b;c', '1;2;3'), 2, []],
    ['nothing, when the header itself starts with `#`', lines('#,Campaign,Cost', '1,Brand,12.5', '2,Generic,3'), 0, []],
    ['CRLF and lone CR line ends', 'Report\r\nFrom 1.1. to 31.1.\ra,b,c\r\n1,2,3\r\n', 2, [0, 1]],
    ['a preamble line whose quoted field spans two lines', '"Report\nJanuary"\na,b,c\n1,2,3\n4,5,6\n', 2, [0, 1]],
  ])('finds the header after %s', (_, text, headerLine, preambleLines) => {
    expect(sniffDialect(text)).toMatchObject({ headerLine, preambleLines });
  });

  it('puts the header past the end of a text that only holds comments', () => {
    expect(sniffDialect('# a\n# b\n')).toEqual({ delimiter: ',', headerLine: 2, preambleLines: [0, 1] });
  });

  it('keeps no state between calls: the same text gives the same answer after another text', () => {
    const ga4 = fixture('ga4-acquisition.csv');
    const first = sniffDialect(ga4);
    expect(sniffDialect('a;b;c\n1;2;3\n').delimiter).not.toBe(first.delimiter);
    expect(sniffDialect(ga4)).toEqual(first);
  });
});

describe('splitLine()', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['a;;c;', ';', ['a', '', 'c', '']],
    ['"a,b",c', ',', ['a,b', 'c']],
    ['"say ""hi""",2', ',', ['say "hi"', '2']],
    ['5" screen,3', ',', ['5" screen', '3']],
    ['"1 234,56";"x"', ';', ['1 234,56', 'x']],
    ['a\tb\t', '\t', ['a', 'b', '']],
    ['', ',', ['']],
  ] as const)('splits %j on %j', (line, delimiter, fields) => {
    expect(splitLine(line, delimiter)).toEqual(fields);
  });
});
