import { z } from 'zod';
import { LocalDate, TimeZone } from '../dates/local-date';

const MINUTES_IN_DAY = 24 * 60;

const WorkingMinutes = z
  .number()
  .int({ message: 'Working time is whole minutes per day' })
  .min(0, { message: 'Working time per day cannot be negative' })
  .max(MINUTES_IN_DAY, { message: 'Working time per day cannot exceed 24 hours (1440 minutes)' });

/** A stretch of personal time off, both ends included. */
export const TimeOff = z
  .object({ start: LocalDate, end: LocalDate, reason: z.string().optional() })
  .refine((range) => range.start <= range.end, { message: 'Time off must end on or after the day it starts', path: ['end'] });
export type TimeOff = z.infer<typeof TimeOff>;

/**
 * When one person works. Part-time is expressed by the week itself (e.g. no hours on Fridays, or
 * 4 hours a day), so one rule covers every arrangement.
 */
export const WorkingCalendar = z.object({
  /** Dates in this calendar are the person's local dates in this zone. */
  timeZone: TimeZone,
  /** Working minutes on Monday … Sunday, in that order. */
  minutesPerWeekday: z.tuple([WorkingMinutes, WorkingMinutes, WorkingMinutes, WorkingMinutes, WorkingMinutes, WorkingMinutes, WorkingMinutes]),
  /** Which public-holiday list applies, e.g. "PL" or "GB"; absent means no public holidays. */
  holidayRegion: z.string().min(1).optional(),
  timeOff: z.array(TimeOff).default([]),
});
export type WorkingCalendar = z.infer<typeof WorkingCalendar>;

export const PublicHoliday = z.object({ date: LocalDate, name: z.string().min(1) });
export type PublicHoliday = z.infer<typeof PublicHoliday>;

/** Public holidays by region code, supplied by settings. */
export const HolidayCalendars = z.record(z.string(), z.array(PublicHoliday));
export type HolidayCalendars = z.infer<typeof HolidayCalendars>;

/** A person whose time Mops plans: their team, what they can do, and when they work. */
export const Person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  teamId: z.string().min(1),
  /** Roles or skills, lower case: "designer", "copywriter", "editor", "analyst"… */
  roles: z.array(z.string().min(1)).min(1, { message: 'A person needs at least one role or skill' }),
  calendar: WorkingCalendar,
  /** Their Asana user's gid, so Asana tasks assigned to or created by them count as theirs; absent when not linked. */
  asanaUserGid: z
    .string()
    .regex(/^\d{1,64}$/, { error: (issue) => `Asana user ID "${String(issue.input)}" is not an Asana gid; expected digits only, e.g. "1201234567890123"` })
    .optional(),
});
export type Person = z.infer<typeof Person>;
