import fc from 'fast-check';
import { workingMinutesOn } from '../dates/working-days';
import { availableMinutes, availableMinutesBetween, indexAvailability, indexPersonAvailability } from './availability';
import { dayNumberOf, localDateOfDayNumber } from './day-number';
import { POLISH_HOLIDAYS, WINDOW_FIRST, WINDOW_LAST, holidaysArbitrary, makePerson, personArbitrary } from './test-support';

describe('availability', () => {
  const ana = makePerson({ id: 'ana', calendar: { holidayRegion: 'PL' } });

  it('gives a Warsaw designer 32 hours in the week of Independence Day (Wed 11 Nov 2026)', () => {
    const availability = indexAvailability([ana], POLISH_HOLIDAYS);
    expect(availableMinutes(availability, 'ana', '2026-11-09', '2026-11-15')).toBe(4 * 480);
    expect(availableMinutes(availability, 'ana', '2026-11-16', '2026-11-22')).toBe(5 * 480);
  });

  it('takes a part-timer at 4 hours Monday to Thursday as 16 hours a week', () => {
    const ola = makePerson({ id: 'ola', calendar: { minutesPerWeekday: [240, 240, 240, 240, 0, 0, 0] } });
    expect(availableMinutes(indexAvailability([ola], {}), 'ola', '2026-11-16', '2026-11-22')).toBe(960);
  });

  it('removes time off, and holidays inside time off only once', () => {
    const away = makePerson({ id: 'away', calendar: { holidayRegion: 'PL', timeOff: [{ start: '2026-11-10', end: '2026-11-12' }, { start: '2026-11-12', end: '2026-11-13' }] } });
    // Monday 9 Nov is the only working day left of that week.
    expect(availableMinutes(indexAvailability([away], POLISH_HOLIDAYS), 'away', '2026-11-09', '2026-11-15')).toBe(480);
  });

  it('answers for ranges years away without a per-day table', () => {
    const person = indexPersonAvailability(ana, POLISH_HOLIDAYS);
    // 2030 has 261 weekdays and none of the listed holidays.
    expect(availableMinutesBetween(person, dayNumberOf('2030-01-01'), dayNumberOf('2030-12-31'))).toBe(261 * 480);
    // Four holidays, but 25 and 26 December touch and are kept as one range.
    expect(person.exceptionStarts.length).toBe(3);
  });

  it('refuses an unknown person and duplicate ids, naming them', () => {
    const availability = indexAvailability([ana], {});
    expect(() => availableMinutes(availability, 'bob', '2026-11-09', '2026-11-15')).toThrow('personId "bob" is not among the 1 people');
    expect(() => indexAvailability([ana, ana], {})).toThrow('people[1].id "ana" appears twice');
  });

  it('matches workingMinutesOn summed day by day, for any calendar and range', () => {
    fc.assert(
      fc.property(
        personArbitrary('p'),
        holidaysArbitrary,
        fc.integer({ min: WINDOW_FIRST - 10, max: WINDOW_LAST + 10 }),
        fc.integer({ min: -2, max: 60 }),
        (person, holidays, from, length) => {
          const indexed = indexPersonAvailability(person, holidays);
          let expected = 0;
          for (let day = from; day <= from + length; day += 1) expected += workingMinutesOn(localDateOfDayNumber(day), person.calendar, holidays);
          expect(availableMinutesBetween(indexed, from, from + length)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
