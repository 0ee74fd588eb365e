// Issue 18, case 9: 10,000 columns all named `channel` took 32 s (quadratic renaming) and made 9,999 warnings.
import { describe, expect, it } from 'vitest';
import { cleanHeader } from '../../../src/lib/ingest/header';
import { english } from '../../../src/lib/messages';

describe('cleanHeader() on hostile headers', () => {
  it('renames 10,000 columns all named "channel" in linear time, with one summarising warning', () => {
    const header = Array.from({ length: 10_000 }, () => 'channel');
    const copy = [...header];
    const started = performance.now();
    const { names, warnings } = cleanHeader(header);
    expect(performance.now() - started).toBeLessThan(500); // about 10 ms; the quadratic loop took 32 s
    expect(header).toEqual(copy);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(10_000);
    expect(names.slice(0, 3)).toEqual(['channel', 'channel (2)', 'channel (3)']);
    expect(names[9_999]).toBe('channel (10000)');
    expect(warnings.map(english)).toEqual([
      '9,999 columns repeat a name used before them (the first is "channel" in column 2); each was given a number, like "channel (2)". Rename them in the file if they hold different things.',
    ]);
  });

  it('keeps one warning per repeated name when there are only a few', () => {
    const { names, warnings } = cleanHeader(['a', 'b', 'a']);
    expect(names).toEqual(['a', 'b', 'a (2)']);
    expect(warnings.map(english)).toEqual(['Column "a" appears twice (columns 1 and 3); the second is shown as "a (2)". Rename one in the file if they hold different things.']);
  });

  it('never gives a renamed column a name the file already uses', () => {
    const { names } = cleanHeader(['x', 'x (2)', 'x', 'X', 'x (3)']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5);
    expect(names).toEqual(['x', 'x (2)', 'x (3)', 'X (4)', 'x (3) (2)']);
  });
});
