import { generateDemoOrganisation } from '../demo';
import { organisationToday } from './organisation-today';
import { fixedClock } from './ports/clock';

describe('organisationToday', () => {
  const { settings } = generateDemoOrganisation(1);

  it('reads the day in the organisation’s own zone, not in UTC', () => {
    const inWarsaw = { defaultCalendar: { ...settings.defaultCalendar, timeZone: 'Europe/Warsaw' } };
    const inNewYork = { defaultCalendar: { ...settings.defaultCalendar, timeZone: 'America/New_York' } };
    const lateSundayUtc = fixedClock('2026-11-22T23:30:00Z');
    expect(organisationToday(lateSundayUtc, inWarsaw)).toBe('2026-11-23');
    expect(organisationToday(lateSundayUtc, inNewYork)).toBe('2026-11-22');
  });
});
