import { localDateOf } from '../core/capacity/local-date-in-zone';
import type { LocalDate } from '../core/dates/local-date';
import type { Settings } from '../core/settings/settings';
import type { Clock } from './ports/clock';

/**
 * Today as the organisation's calendar reads it (the zone of its default working calendar), so that
 * "as of" dates, rates and weeks do not flip at UTC midnight for a team in Warsaw or New York.
 * @example organisationToday(fixedClock('2026-11-22T23:30:00Z'), warsawSettings) // '2026-11-23'
 */
export function organisationToday(clock: Clock, settings: Pick<Settings, 'defaultCalendar'>): LocalDate {
  return localDateOf(clock.now().toISOString(), settings.defaultCalendar.timeZone);
}
