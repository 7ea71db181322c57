/**
 * Quotient and remainder of a non-negative safe integer divided by a positive one, exactly. The quotient
 * comes from float division; the remainder check moves it by one if rounding ever carried it across a
 * whole number, so callers may rely on `quotient * divisor + remainder === dividend` with
 * `0 <= remainder < divisor`.
 * @example wholeDivision(1300, 480) // [2, 340]
 */
export function wholeDivision(dividend: number, divisor: number): [quotient: number, remainder: number] {
  let quotient = Math.floor(dividend / divisor);
  let remainder = dividend - quotient * divisor;
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return [quotient, remainder];
}
