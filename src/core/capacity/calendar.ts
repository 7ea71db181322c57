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

/** A tracker's name as a key of Person.accounts: lower case, e.g. "asana". */
export const AccountHost = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, { error: (issue) => `Account host "${String(issue.input)}" is not a host name; expected lower-case letters, digits or "-", e.g. "asana"` });
export type AccountHost = z.infer<typeof AccountHost>;

/** An account id as the host gives it; its exact format is the host's to check. */
export const AccountId = z
  .string()
  .min(1, { message: 'An account id cannot be empty; leave the account out instead' })
  .max(200, { message: 'An account id is at most 200 characters' })
  .regex(/^\S*$/, { error: (issue) => `Account id "${String(issue.input)}" contains spaces; expected the id as the host shows it, e.g. "1201234567890123"` });

/** A person whose time Mops plans: their team, what they can do, and when they work. */
export const Person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  teamId: z.string().min(1),
  /** Roles or skills, lower case: "designer", "copywriter", "editor", "analyst"… */
  roles: z.array(z.string().min(1)).min(1, { message: 'A person needs at least one role or skill' }),
  calendar: WorkingCalendar,
  /**
   * The person's own account in each tracker that links accounts to people, by host name, e.g.
   * { asana: '1201234567890123' }. Each host reads and checks only its own entry; absent when none.
   */
  accounts: z
    .record(AccountHost, AccountId, {
      error: (issue) => (issue.code === 'invalid_key' ? `Account host "${String(issue.input)}" is not a host name; expected lower-case letters, digits or "-", e.g. "asana"` : undefined),
    })
    .optional(),
});
export type Person = z.infer<typeof Person>;
