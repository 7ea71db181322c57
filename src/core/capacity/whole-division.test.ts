import fc from 'fast-check';
import { wholeDivision } from './whole-division';

describe('wholeDivision', () => {
  it('splits 1300 minutes into two 480-minute days and 340 over', () => {
    expect(wholeDivision(1300, 480)).toEqual([2, 340]);
  });

  it('splits whole days with nothing over, and the largest safe integers too', () => {
    expect(wholeDivision(960, 480)).toEqual([2, 0]);
    expect(wholeDivision(9_007_199_254_740_991, 4_503_599_627_370_497)).toEqual([1, 4_503_599_627_370_494]);
  });

  it('always returns quotient × divisor + remainder = dividend with 0 ≤ remainder < divisor', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), fc.bigInt({ min: 1n, max: BigInt(Number.MAX_SAFE_INTEGER) }), (dividend, divisor) => {
        const [quotient, remainder] = wholeDivision(Number(dividend), Number(divisor));
        expect(BigInt(quotient)).toBe(dividend / divisor);
        expect(BigInt(remainder)).toBe(dividend % divisor);
      }),
    );
  });
});
