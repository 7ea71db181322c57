import type { HolidayCalendars } from '../core/capacity/calendar';

/**
 * Real public holidays from September 2026 to March 2027 for the regions the demo people live in,
 * so capacity in the demo dips where it would in a real organisation.
 * GB is England and Wales; DE lists the nationwide days only; RU lists the statutory days of the
 * Labour Code (article 112), not the weekend transfers the government announces each year.
 */
export const DEMO_HOLIDAYS: HolidayCalendars = {
  PL: [
    { date: '2026-11-01', name: 'Wszystkich Świętych (All Saints’ Day)' },
    { date: '2026-11-11', name: 'Narodowe Święto Niepodległości (Independence Day)' },
    { date: '2026-12-24', name: 'Wigilia Bożego Narodzenia (Christmas Eve)' },
    { date: '2026-12-25', name: 'Boże Narodzenie (Christmas Day)' },
    { date: '2026-12-26', name: 'Drugi dzień Bożego Narodzenia (Second Day of Christmas)' },
    { date: '2027-01-01', name: 'Nowy Rok (New Year’s Day)' },
    { date: '2027-01-06', name: 'Święto Trzech Króli (Epiphany)' },
    { date: '2027-03-28', name: 'Wielkanoc (Easter Sunday)' },
    { date: '2027-03-29', name: 'Poniedziałek Wielkanocny (Easter Monday)' },
  ],
  GB: [
    { date: '2026-08-31', name: 'Summer bank holiday' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    { date: '2027-01-01', name: 'New Year’s Day' },
    { date: '2027-03-26', name: 'Good Friday' },
    { date: '2027-03-29', name: 'Easter Monday' },
  ],
  DE: [
    { date: '2026-10-03', name: 'Tag der Deutschen Einheit (German Unity Day)' },
    { date: '2026-12-25', name: '1. Weihnachtstag (Christmas Day)' },
    { date: '2026-12-26', name: '2. Weihnachtstag (Second Day of Christmas)' },
    { date: '2027-01-01', name: 'Neujahr (New Year’s Day)' },
    { date: '2027-03-26', name: 'Karfreitag (Good Friday)' },
    { date: '2027-03-29', name: 'Ostermontag (Easter Monday)' },
  ],
  RU: [
    { date: '2026-11-04', name: 'День народного единства (Unity Day)' },
    { date: '2027-01-01', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-02', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-03', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-04', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-05', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-06', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-01-07', name: 'Рождество Христово (Orthodox Christmas)' },
    { date: '2027-01-08', name: 'Новогодние каникулы (New Year holidays)' },
    { date: '2027-02-23', name: 'День защитника Отечества (Defender of the Fatherland Day)' },
    { date: '2027-03-08', name: 'Международный женский день (International Women’s Day)' },
  ],
};
