import { describe, expect, it } from 'vitest';
import { peekingWarning } from '../../../src/lib/experiments/peeking';
import { english } from '../../../src/lib/messages';

describe('peekingWarning()', () => {
  it.each([
    [[500, 480], 1000, /reached 48% of its planned 1,000 users per arm/],
    [[1000, 1200], 1000, null],
    [[500, 480], null, null],
    [[500, 480], 0, null],
  ])('users %j against a plan of %s', (users, planned, expected) => {
    const w = peekingWarning(users, planned);
    if (expected === null) expect(w && english(w)).toBeNull();
    else expect(w && english(w)).toMatch(expected);
  });
});
