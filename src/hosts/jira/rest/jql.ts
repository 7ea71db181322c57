import { TZDate } from '@date-fns/tz';
import { format, subHours } from 'date-fns';
import type { Instant } from '../../../core/dates/local-date';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A JQL string literal: double-quoted, with backslashes, quotes and line breaks escaped, so no value
 * can end the literal and add clauses of its own.
 * @example jqlString('Say "hi" \\ bye') // '"Say \\"hi\\" \\\\ bye"'
 */
export function jqlString(value: string): string {
  return `"${value.replace(/[\\"\n\r\t]/g, (character) => ESCAPES[character] ?? character)}"`;
}

/**
 * An issue or project reference: numeric ids bare, anything else (keys) as a string literal.
 * @example jqlReference('10042') // '10042'
 * @example jqlReference('WEB-12') // '"WEB-12"'
 */
export function jqlReference(value: string): string {
  if (value.trim() === '') throw new Error(`Empty id in a JQL list; expected an id such as "10042" or a key such as "WEB-12"`);
  return /^\d+$/.test(value) ? value : jqlString(value);
}

/**
 * `field in (a, b, …)` over ids or keys.
 * @example jqlIn('project', ['10000', 'WEB']) // 'project in (10000, "WEB")'
 */
export function jqlIn(field: string, values: readonly string[]): string {
  if (values.length === 0) throw new Error(`JQL "${field} in ()" needs at least one value`);
  return `${field} in (${values.map(jqlReference).join(', ')})`;
}

/** The widest gap between UTC and a civil time zone west of it (UTC−12). */
const WIDEST_WEST_OFFSET_HOURS = 12;

/**
 * An instant as JQL's "yyyy-MM-dd HH:mm", which Jira reads in the acting user's time zone. With that
 * zone the minute is exact (rounded down); without it the value is moved 12 hours earlier, so that in
 * any zone the window starts no later than asked: callers get a few more tasks, never fewer.
 * @example jqlDateTime('2026-11-23T09:30:45Z', 'Europe/Warsaw') // '"2026-11-23 10:30"'
 * @example jqlDateTime('2026-11-23T09:30:45Z') // '"2026-11-22 21:30"'
 */
export function jqlDateTime(instant: Instant, timeZone?: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`"${instant}" is not an instant; expected ISO 8601 such as 2026-11-23T09:30:00Z`);
  const local = timeZone ? new TZDate(at, timeZone) : new TZDate(subHours(at, WIDEST_WEST_OFFSET_HOURS), 'UTC');
  return jqlString(format(local, 'yyyy-MM-dd HH:mm'));
}

export interface TaskJqlParts {
  projectIds?: readonly string[];
  taskIds?: readonly string[];
  openOnly?: boolean;
  updatedSince?: Instant;
}

/**
 * A bounded JQL query for tasks: Jira's search refuses queries with no restriction, so at least one
 * of projects, tasks or an updated-since time is required.
 * @example taskJql({ projectIds: ['10000'], openOnly: true }) // 'project in (10000) AND statusCategory != Done'
 */
export function taskJql(parts: TaskJqlParts, timeZone?: string): string {
  const clauses: string[] = [];
  if (parts.projectIds !== undefined) clauses.push(jqlIn('project', parts.projectIds));
  if (parts.taskIds !== undefined) clauses.push(jqlIn('id', parts.taskIds));
  if (parts.updatedSince !== undefined) clauses.push(`updated >= ${jqlDateTime(parts.updatedSince, timeZone)}`);
  if (clauses.length === 0) {
    throw new Error('A task search needs projectIds, taskIds or updatedSince: Jira refuses unbounded JQL');
  }
  if (parts.openOnly) clauses.push('statusCategory != Done');
  return clauses.join(' AND ');
}
