// Issue 18, case 6 in the engine: records keyed by user text treat `__proto__`, `constructor` and `toString` as
// ordinary names.
import { describe, expect, it } from 'vitest';
import { decodePreset } from '../../../src/lib/attribution/preset';
import { roiKpi } from '../../../src/lib/kpi/marketing';
import { emptySums, add } from '../../../src/lib/kpi/build';

describe('prototype names in engine records', () => {
  it('decodePreset() keeps a touch type named __proto__ as its own weight', () => {
    const p = decodePreset('first=40,middle=20,last=40;__proto__=2,constructor=3');
    expect(Object.getPrototypeOf(p.typeWeights)).toBe(Object.prototype);
    expect(Object.entries(p.typeWeights)).toEqual([['__proto__', 2], ['constructor', 3]]);
  });

  it('roiKpi() reads no credit for a channel named constructor as 0, not as Object', () => {
    const spend = emptySums();
    add(spend, 50, 'constructor');
    add(spend, 20, 'toString');
    const kpi = roiKpi(spend, { toString: 30 }, []);
    expect(kpi.byChannel).toEqual({ constructor: -1, toString: 0.5 });
    expect(kpi.value).toBeCloseTo((30 - 70) / 70, 12);
  });
});
