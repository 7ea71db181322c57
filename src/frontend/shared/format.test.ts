import { formatBasisPoints, formatCount, formatHours, formatLocalDate, formatScore, formatWeek, formatWholePercent, intlLocale } from './format';

// Intl separates with no-break and thin spaces; compare them as plain spaces so expectations stay readable.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('intlLocale', () => {
  it('turns Jira’s locale into a tag Intl accepts, and anything unusable into English', () => {
    expect(intlLocale('pl_PL')).toBe('pl-PL');
    expect(intlLocale('ru-RU')).toBe('ru-RU');
    expect(intlLocale(undefined)).toBe('en');
    expect(intlLocale('not a locale')).toBe('en');
  });
});

describe('percentages', () => {
  it('rounds utilisation down so a cell at 99.99 % never reads as full', () => {
    expect(formatBasisPoints(9_999, 'en')).toBe('99%');
    expect(formatBasisPoints(11_250, 'en')).toBe('112%');
    expect(plain(formatBasisPoints(11_250, 'ru'))).toBe('112 %');
  });

  it('shows a duplicate score as a whole percent without float noise', () => {
    // 0.29 × 100 is 28.999… in floating point; the reader should still see 29 %.
    expect(formatScore(0.29, 'en')).toBe('29%');
    expect(formatScore(0.876, 'pl')).toBe('87%');
    expect(formatScore(1, 'en')).toBe('100%');
    expect(formatScore(0, 'en')).toBe('0%');
  });

  it('writes whole percents with the locale’s spacing', () => {
    expect(formatWholePercent(90, 'en')).toBe('90%');
    expect(plain(formatWholePercent(90, 'ru'))).toBe('90 %');
  });
});

describe('formatHours and formatCount', () => {
  it('shows minutes of work as hours to one decimal in the reader’s words', () => {
    expect(formatHours(750, 'en')).toBe('12.5 hr');
    expect(plain(formatHours(750, 'ru'))).toBe('12,5 ч');
    expect(plain(formatHours(2_400, 'pl'))).toBe('40 godz.');
    expect(formatHours(0, 'en')).toBe('0 hr');
  });

  it('groups thousands per locale', () => {
    expect(formatCount(12_500, 'en')).toBe('12,500');
    expect(plain(formatCount(12_500, 'pl'))).toBe('12 500');
  });
});

describe('dates', () => {
  it('formats a calendar date without shifting it to a neighbouring day', () => {
    expect(formatLocalDate('2026-11-09', 'en')).toBe('Nov 9, 2026');
    expect(formatLocalDate('2026-01-01', 'pl')).toBe('1 sty 2026');
    expect(plain(formatLocalDate('2026-12-31', 'ru'))).toBe('31 дек. 2026 г.');
  });

  it('formats a week as a short range, across a month end too', () => {
    expect(plain(formatWeek({ start: '2026-11-09', end: '2026-11-15' }, 'en'))).toBe('Nov 9 – 15');
    expect(plain(formatWeek({ start: '2026-11-30', end: '2026-12-06' }, 'en'))).toBe('Nov 30 – Dec 6');
    expect(plain(formatWeek({ start: '2026-11-09', end: '2026-11-15' }, 'ru'))).toBe('9–15 нояб.');
  });
});
