// The comment field takes no more than the scorecard slide shows (scorecard-layout.ts).
import { describe, expect, it } from 'vitest';
import { COMMENT_WIDTH, commentLines, commentMax, rowHeight } from '../../src/ui/kpi/scorecard-layout';
import { wrap } from '../../src/ui/charts/slide';

/** Meeting comments as people write them, cut to `n` characters. */
const SAMPLES = [
  'Midsummer: a quiet June; webinars moved to July, and the trade show budget went to LinkedIn for the autumn launch',
  'Juhannus hiljensi kesäkuun; webinaarit siirtyivät heinäkuulle ja messubudjetti LinkedIniin syksyn lanseerausta varten',
  'CPL up because LinkedIn bids rose 30% after the new targeting; review the audience list before the next sprint',
];

describe('scorecard comment room', () => {
  it('shrinks rows and comment lines as KPIs are pinned', () => {
    expect([1, 3, 4, 5].map(rowHeight)).toEqual([84, 84, 84, 67]);
    expect([3, 4, 5].map(commentLines)).toEqual([3, 3, 2]);
    expect(commentMax(5)).toBeLessThan(commentMax(4));
  });

  it.each([1, 2, 3, 4, 5])('a comment of the longest length the field takes fits the slide with %i KPIs', (n) => {
    for (const text of SAMPLES) {
      const cut = text.slice(0, commentMax(n));
      const lines = wrap(cut, COMMENT_WIDTH);
      expect(lines.length, cut).toBeLessThanOrEqual(commentLines(n));
    }
  });
});
