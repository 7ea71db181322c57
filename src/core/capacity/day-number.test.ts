import fc from 'fast-check';
import { addDays, format, getISODay, parseISO } from 'date-fns';
import { dayNumberOf, localDateOfDayNumber, mondayOnOrBefore, weekdayOfDayNumber } from './day-number';

describe('day numbers', () => {
  it('count days from 1 January 1970', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2026-11-11')).toBe(20768);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
    expect(localDateOfDayNumber(20768)).toBe('2026-11-11');
  });

  it('read years before 100 as themselves, not as 19xx', () => {
    expect(localDateOfDayNumber(dayNumberOf('0050-03-01'))).toBe('0050-03-01');
    expect(dayNumberOf('0050-03-01')).toBeLessThan(dayNumberOf('1950-03-01'));
  });

  it('refuse dates that do not exist, naming the value', () => {
    expect(() => dayNumberOf('2026-02-29')).toThrow('date "2026-02-29" is not a real calendar date; expected YYYY-MM-DD');
    expect(() => dayNumberOf('2026-4-01')).toThrow('"2026-4-01"');
    expect(dayNumberOf('2028-02-29') - dayNumberOf('2028-02-28')).toBe(1);
  });

  it('know that Monday 9 November 2026 starts its ISO week and Sunday 15 November ends it', () => {
    expect(weekdayOfDayNumber(dayNumberOf('2026-11-09'))).toBe(0);
    expect(weekdayOfDayNumber(dayNumberOf('2026-11-15'))).toBe(6);
    expect(localDateOfDayNumber(mondayOnOrBefore(dayNumberOf('2026-11-15')))).toBe('2026-11-09');
    expect(localDateOfDayNumber(mondayOnOrBefore(dayNumberOf('2026-11-09')))).toBe('2026-11-09');
  });

  it('agree with date-fns on every date from year 1 to 9999', () => {
    const origin = parseISO('1970-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const expected = format(addDays(origin, day), 'yyyy-MM-dd');
        expect(localDateOfDayNumber(day)).toBe(expected);
        expect(dayNumberOf(expected)).toBe(day);
        expect(weekdayOfDayNumber(day)).toBe(getISODay(parseISO(expected)) - 1);
      }),
    );
  });
});
