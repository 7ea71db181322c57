import { addWorkingDays, workingMinutesOn } from './working-days';
import { LocalDate, TimeZone } from './local-date';
import type { WorkingCalendar } from '../capacity/calendar';

const warsawDesigner: WorkingCalendar = {
  timeZone: 'Europe/Warsaw',
  minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0],
  holidayRegion: 'PL',
  timeOff: [{ start: '2026-12-01', end: '2026-12-02' }],
};
const holidays = { PL: [{ date: '2026-11-11', name: 'Narodowe Święto Niepodległości' }] };

describe('workingMinutesOn', () => {
  it('gives the weekday hours on an ordinary day and nothing at weekends', () => {
    expect(workingMinutesOn('2026-11-10', warsawDesigner, holidays)).toBe(480);
    expect(workingMinutesOn('2026-11-14', warsawDesigner, holidays)).toBe(0);
  });

  it('gives nothing on a public holiday of the person’s region only', () => {
    expect(workingMinutesOn('2026-11-11', warsawDesigner, holidays)).toBe(0);
    expect(workingMinutesOn('2026-11-11', { ...warsawDesigner, holidayRegion: 'GB' }, holidays)).toBe(480);
  });

  it('gives nothing during personal time off, both ends included', () => {
    expect(workingMinutesOn('2026-12-01', warsawDesigner, holidays)).toBe(0);
    expect(workingMinutesOn('2026-12-02', warsawDesigner, holidays)).toBe(0);
    expect(workingMinutesOn('2026-12-03', warsawDesigner, holidays)).toBe(480);
  });
});

describe('addWorkingDays', () => {
  it('counts back over a weekend: 5 working days before Fri 27 Nov is Fri 20 Nov', () => {
    expect(addWorkingDays('2026-11-27', -5, warsawDesigner, holidays)).toBe('2026-11-20');
  });

  it('skips the holiday: 2 working days after Tue 10 Nov is Thu 12 Nov… plus one for the 11th', () => {
    expect(addWorkingDays('2026-11-10', 2, warsawDesigner, holidays)).toBe('2026-11-13');
  });

  it('returns the date itself for zero', () => {
    expect(addWorkingDays('2026-11-14', 0, warsawDesigner, holidays)).toBe('2026-11-14');
  });

  it('refuses a calendar with no working weekday instead of looping forever', () => {
    const never = { ...warsawDesigner, minutesPerWeekday: [0, 0, 0, 0, 0, 0, 0] as WorkingCalendar['minutesPerWeekday'] };
    expect(() => addWorkingDays('2026-11-10', 1, never, holidays)).toThrow('no working weekday');
  });
});

describe('date and zone schemas', () => {
  it('rejects impossible dates and unknown zones with the value named', () => {
    expect(LocalDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe('"2026-02-30" is not a real calendar date');
    expect(LocalDate.safeParse('23/11/2026').error?.issues[0]?.message).toBe('Date must look like 2026-11-23 (YYYY-MM-DD)');
    expect(TimeZone.safeParse('Europe/Warszawa').error?.issues[0]?.message).toBe(
      'Unknown time zone "Europe/Warszawa"; use an IANA name such as "Europe/Warsaw"',
    );
    expect(TimeZone.parse('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});
