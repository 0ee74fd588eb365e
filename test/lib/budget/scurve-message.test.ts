import { describe, expect, it } from 'vitest';
import { english, msg } from '../../../src/lib/messages';

describe('budget.sCurve', () => {
  it('shows the curve\'s alpha rounded, not with every digit of the double', () => {
    const text = english(msg('budget.sCurve', { channel: 'tv', alpha: 1.523387253081384, min: 7421.85, inflection: 15806.5 }));
    expect(text).toMatch(/^tv has an S-shaped curve \(alpha 1\.5\) and its minimum/);
  });
});
