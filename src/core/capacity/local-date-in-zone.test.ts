import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { localDateOfDayNumber } from './day-number';
import { dayNumberInZone, localDateOf } from './local-date-in-zone';

describe('localDateOf', () => {
  it('puts 23:30 UTC on 10 November on the 11th in Warsaw and the 10th in New York', () => {
    expect(localDateOf('2026-11-10T23:30:00Z', 'Europe/Warsaw')).toBe('2026-11-11');
    expect(localDateOf('2026-11-10T23:30:00Z', 'America/New_York')).toBe('2026-11-10');
  });

  it('honours the offset written in the instant', () => {
    expect(localDateOf('2026-11-11T00:30:00+01:00', 'Europe/London')).toBe('2026-11-10');
    expect(localDateOf('2026-11-11T08:00:00+09:00', 'Asia/Tokyo')).toBe('2026-11-11');
  });

  it('follows summer time: 22:30 UTC on 1 July is already 2 July in Warsaw (UTC+2) but not in winter', () => {
    expect(localDateOf('2026-07-01T22:30:00Z', 'Europe/Warsaw')).toBe('2026-07-02');
    expect(localDateOf('2026-01-01T22:30:00Z', 'Europe/Warsaw')).toBe('2026-01-01');
  });

  it('names the bad value', () => {
    expect(() => localDateOf('yesterday', 'Europe/Warsaw')).toThrow('instant "yesterday" is not an ISO 8601 timestamp');
    expect(() => localDateOf('2026-11-10T23:30:00Z', 'Mars/Olympus')).toThrow('timeZone "Mars/Olympus"');
  });
});

describe('dayNumberInZone', () => {
  it('reads the same local date as a TZDate would, for any instant and zone', () => {
    const zones = ['Europe/Warsaw', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (epochMs, zone) => {
        const local = new TZDate(epochMs, zone);
        const expected = format(local, 'yyyy-MM-dd');
        expect(localDateOfDayNumber(dayNumberInZone(new Date(epochMs).toISOString(), zone))).toBe(expected);
      }),
    );
  });
});
