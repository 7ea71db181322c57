import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';

/**
 * A calendar date with no time and no zone ("2026-11-23"), as trackers store start and due dates.
 * Which instant it means depends on the time zone of the person or organisation reading it.
 */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date must look like 2026-11-23 (YYYY-MM-DD)' })
  .refine((text) => isValid(parseISO(text)), { error: (issue) => `"${String(issue.input)}" is not a real calendar date` });
export type LocalDate = z.infer<typeof LocalDate>;

/** An instant with an explicit offset or Z, e.g. "2026-11-23T09:30:00+01:00". */
export const Instant = z.iso.datetime({ offset: true, message: 'Timestamp must be ISO 8601 with a zone, e.g. 2026-11-23T09:30:00Z' });
export type Instant = z.infer<typeof Instant>;

/** An IANA time-zone name that this runtime knows, e.g. "Europe/Warsaw". */
export const TimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `Unknown time zone "${String(issue.input)}"; use an IANA name such as "Europe/Warsaw"` },
);
export type TimeZone = z.infer<typeof TimeZone>;
