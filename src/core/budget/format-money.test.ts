import { formatMoney } from './format-money';

describe('formatMoney', () => {
  it('groups thousands and keeps the currency’s decimals', () => {
    expect(formatMoney(5_600_000, 'EUR')).toBe('EUR 56,000.00');
    expect(formatMoney(123_456_789_012, 'EUR')).toBe('EUR 1,234,567,890.12');
    expect(formatMoney(1_500_000, 'JPY')).toBe('JPY 1,500,000');
    expect(formatMoney(1_234_567, 'KWD')).toBe('KWD 1,234.567');
  });

  it('writes small and negative amounts plainly', () => {
    expect(formatMoney(5, 'EUR')).toBe('EUR 0.05');
    expect(formatMoney(0, 'JPY')).toBe('JPY 0');
    expect(formatMoney(-600_000, 'EUR')).toBe('EUR -6,000.00');
  });
});
