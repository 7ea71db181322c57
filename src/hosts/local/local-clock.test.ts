import { systemClock } from '../../app/ports/clock';
import { clockFromSetting, shiftedClock } from './local-clock';

describe('shiftedClock', () => {
  it('moves the calendar day to the demo Monday and keeps the time of day running', () => {
    let now = Date.parse('2027-03-09T14:05:00Z');
    const real = { now: () => new Date(now) };
    const clock = shiftedClock('2026-11-23', real);
    expect(clock.now().toISOString()).toBe('2026-11-23T14:05:00.000Z');
    now += 90 * 60_000;
    expect(clock.now().toISOString()).toBe('2026-11-23T15:35:00.000Z');
  });
});

describe('clockFromSetting', () => {
  it('runs on the demo day unless told "system" or another day', () => {
    expect(clockFromSetting(undefined, '2026-11-23').now().toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(clockFromSetting(' 2027-01-11 ', '2026-11-23').now().toISOString().slice(0, 10)).toBe('2027-01-11');
    expect(clockFromSetting('system', '2026-11-23')).toBe(systemClock);
  });

  it('refuses a day that is not a date, naming what it accepts', () => {
    expect(() => clockFromSetting('next monday', '2026-11-23')).toThrow('MOPS_TODAY is "next monday"; expected "system" or a date like 2026-11-23');
    expect(() => clockFromSetting('2026-02-30', '2026-11-23')).toThrow('MOPS_TODAY is "2026-02-30"');
  });
});
