import { displayMoney } from './display';

// Intl separates with no-break spaces; compare them as plain spaces so the expectations stay readable.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('displayMoney', () => {
  it('follows the reader’s locale for symbols and separators', () => {
    expect(displayMoney(5_600_000, 'EUR', 'en')).toBe('€56,000.00');
    expect(plain(displayMoney(5_600_000, 'PLN', 'pl'))).toBe('56 000,00 zł');
    expect(displayMoney(-50, 'GBP', 'en-GB')).toBe('-£0.50');
  });

  it('stays exact beyond the range where floats lose cents', () => {
    expect(displayMoney(123_456_789_012_345, 'USD', 'en')).toBe('$1,234,567,890,123.45');
  });

  it('shows yen without decimals and dinars with three', () => {
    expect(displayMoney(15_000, 'JPY', 'en')).toBe('¥15,000');
    expect(plain(displayMoney(1_234, 'KWD', 'en'))).toBe('KWD 1.234');
  });
});
