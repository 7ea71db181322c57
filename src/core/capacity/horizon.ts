import { z } from 'zod';
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import { LocalDate } from '../dates/local-date';
import { type DayNumber, dayNumberOf, localDateOfDayNumber, mondayOnOrBefore } from './day-number';

/** 520 weeks is ten years: longer views are not capacity planning. */
export const MAX_HORIZON_WEEKS = 520;

/** The weeks a capacity view covers: ISO weeks (Monday to Sunday), starting with the week that contains `start`. */
export const CapacityHorizon = z.object({
  start: LocalDate,
  weeks: z
    .number()
    .int({ message: 'weeks must be a whole number of weeks, e.g. 26' })
    .min(1, { message: 'weeks must be at least 1' })
    .max(MAX_HORIZON_WEEKS, { message: `weeks must be at most ${MAX_HORIZON_WEEKS} (ten years)` }),
});
export type CapacityHorizon = z.infer<typeof CapacityHorizon>;

export const WeekColumn = z.object({
  /** Monday and Sunday of the week, as local dates. */
  start: LocalDate,
  end: LocalDate,
  /** ISO week label, e.g. "2026-W46". */
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/),
});
export type WeekColumn = z.infer<typeof WeekColumn>;

/**
 * The horizon's first Monday as a day number. Columns are local calendar weeks: each person's cells
 * count that person's own local dates, so "the week of 9 Nov" means 9–15 Nov in Warsaw for a Warsaw
 * designer and 9–15 Nov in New York for a New York writer.
 * @example localDateOfDayNumber(horizonFirstDay({ start: '2026-11-11', weeks: 4 })) // '2026-11-09'
 */
export function horizonFirstDay(horizon: CapacityHorizon): DayNumber {
  return mondayOnOrBefore(dayNumberOf(horizon.start));
}

/**
 * The week columns of a horizon.
 * @example weekColumns({ start: '2026-11-11', weeks: 1 }) // [{ start: '2026-11-09', end: '2026-11-15', isoWeek: '2026-W46' }]
 */
export function weekColumns(horizon: CapacityHorizon): WeekColumn[] {
  const first = horizonFirstDay(horizon);
  return Array.from({ length: horizon.weeks }, (_, week) => {
    const start = localDateOfDayNumber(first + week * 7);
    const monday = parseISO(start);
    const isoWeek = `${getISOWeekYear(monday)}-W${String(getISOWeek(monday)).padStart(2, '0')}`;
    return { start, end: localDateOfDayNumber(first + week * 7 + 6), isoWeek };
  });
}
