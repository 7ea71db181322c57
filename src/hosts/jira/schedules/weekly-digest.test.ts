import { isoWeekOf } from './weekly-digest';

describe('isoWeekOf', () => {
  it('labels a date with its ISO week, across the turn of the year', () => {
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
  });
});
