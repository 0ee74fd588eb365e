// Assertions for published numbers: relative tolerance, or agreement to the digits the source printed.
import { expect } from 'vitest';

/** |actual - expected| ≤ tol · |expected| (absolute tol when expected is 0). */
export function expectRel(actual: number | null | undefined, expected: number, tol = 1e-6): void {
  expect(actual).toBeTypeOf('number');
  const err = Math.abs((actual as number) - expected);
  expect(err, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * (expected === 0 ? 1 : Math.abs(expected)));
}

/** actual rounds to the printed value: |actual - printed| ≤ half a unit of the last printed digit. */
export function expectPrinted(actual: number | null | undefined, printed: string): void {
  expect(actual).toBeTypeOf('number');
  const decimals = printed.includes('.') ? printed.split('.')[1].length : 0;
  const err = Math.abs((actual as number) - Number(printed));
  expect(err, `${actual} vs printed ${printed}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}
