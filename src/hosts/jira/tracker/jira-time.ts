import { Instant } from '../../../core/dates/local-date';

const JIRA_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?:([+-]\d{2}):?(\d{2})|Z)$/;

/**
 * Jira's timestamp ("2026-11-23T09:30:00.000+0000", offset without a colon) as an ISO 8601 instant with
 * its offset kept; undefined when the text is not a timestamp.
 * @example jiraInstant('2026-11-23T09:30:00.000+0100') // '2026-11-23T09:30:00.000+01:00'
 */
export function jiraInstant(text: unknown): Instant | undefined {
  if (typeof text !== 'string') return undefined;
  const match = JIRA_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, local, hours, minutes] = match;
  const iso = hours === undefined ? `${local}Z` : `${local}${hours}:${minutes}`;
  return Instant.safeParse(iso).success ? iso : undefined;
}
