import { type Clock, systemClock } from '../../app/ports/clock';
import { LocalDate } from '../../core/dates/local-date';

const DAY_MS = 86_400_000;

/**
 * A clock whose calendar day is `today` while its time of day runs on: the demo organisation is
 * planned around one Monday, and its capacity and budget views only make sense on that day.
 * @example shiftedClock('2026-11-23').now().toISOString().slice(0, 10) // '2026-11-23' (on the day it starts)
 */
export function shiftedClock(today: LocalDate, real: Clock = systemClock): Clock {
  const startedAt = real.now().getTime();
  const offset = Date.parse(`${today}T00:00:00Z`) - (startedAt - (startedAt % DAY_MS));
  return { now: () => new Date(real.now().getTime() + offset) };
}

/**
 * The local host's clock from `MOPS_TODAY`: "system" for the real date, a date ('2027-01-11') to pin
 * the calendar day there, or, when unset, the demo organisation's own day.
 * @example clockFromSetting(undefined, '2026-11-23') // a clock on 2026-11-23
 * @example clockFromSetting('system', '2026-11-23') // systemClock
 */
export function clockFromSetting(setting: string | undefined, demoToday: LocalDate): Clock {
  const value = setting?.trim() || demoToday;
  if (value === 'system') return systemClock;
  const date = LocalDate.safeParse(value);
  if (!date.success) throw new Error(`MOPS_TODAY is "${value}"; expected "system" or a date like 2026-11-23`);
  return shiftedClock(date.data);
}
