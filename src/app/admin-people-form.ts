import { z } from 'zod';
import type { Person } from '../core/capacity/calendar';
import { type AccountIdFormats, peopleProblemOf, peopleSchema } from '../core/capacity/people';
import { NumberReader, pathKey, type SettingsProblem } from './admin-settings-form';

/*
 * People's calendars as the admin page's form holds them: minutes as typed text, time off as rows.
 * `checkPeopleForm` turns the form back into people with the core's Person schema, naming each problem
 * by its path in the list savePeople takes ("people.3.calendar.minutesPerWeekday.4").
 */

export interface TimeOffForm {
  start: string;
  end: string;
  reason: string;
}

export interface PersonForm {
  id: string;
  name: string;
  teamId: string;
  roles: string[];
  timeZone: string;
  /** Empty for none. */
  holidayRegion: string;
  /** Monday … Sunday, as typed. */
  minutesPerWeekday: string[];
  timeOff: TimeOffForm[];
  /** Their account id in each host, by host name, as typed; empty or absent when not linked. Hosts the page does not show keep what was loaded. */
  accounts: Record<string, string>;
}

/**
 * The hosts whose people's accounts the admin page edits, as the admin view names them when the host
 * is on (AdminSettingsView.accountHosts): an Asana user's tasks count on the linked person's calendar.
 */
export const AccountFieldHost = z.enum(['asana']);
export type AccountFieldHost = z.infer<typeof AccountFieldHost>;

export type PeopleCheck = { ok: true; people: Person[] } | { ok: false; problems: SettingsProblem[] };

/**
 * The form rows for people as stored.
 * @example peopleForm([ana])[0]?.minutesPerWeekday // ['480', '480', '480', '480', '480', '0', '0']
 */
export function peopleForm(people: readonly Person[]): PersonForm[] {
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    teamId: person.teamId,
    roles: [...person.roles],
    timeZone: person.calendar.timeZone,
    holidayRegion: person.calendar.holidayRegion ?? '',
    minutesPerWeekday: person.calendar.minutesPerWeekday.map(String),
    timeOff: person.calendar.timeOff.map((range) => ({ start: range.start, end: range.end, reason: range.reason ?? '' })),
    accounts: { ...person.accounts },
  }));
}

/**
 * The people the form describes, checked as one list by the core's people schema (each account linked
 * to one person) with each host's account format in `accountFormats`, or every problem at once. A
 * holiday region must be one the organisation has a holiday list for, as the default calendar's must:
 * a region with no list would silently count every public holiday as a working day.
 * @example checkPeopleForm([{ ...ana, minutesPerWeekday: ['480', '480', '480', '480', '1500', '0', '0'] }], ['PL'])
 * // { ok: false, problems: [{ path: 'people.0.calendar.minutesPerWeekday.4', message: 'Working time per day cannot exceed 24 hours (1440 minutes)' }] }
 */
export function checkPeopleForm(forms: readonly PersonForm[], holidayRegions: readonly string[], accountFormats: AccountIdFormats = {}): PeopleCheck {
  const problems: SettingsProblem[] = [];
  const numbers = new NumberReader(problems);
  const people = forms.map((form, index) => {
    const at = `people.${index}.calendar`;
    const minutes = form.minutesPerWeekday.map((text, day) => numbers.read(text, `${at}.minutesPerWeekday.${day}`));
    const region = form.holidayRegion.trim();
    const accounts = Object.entries(form.accounts).flatMap(([host, typed]) => (typed.trim() === '' ? [] : [[host, typed.trim()] as const]));
    if (region !== '' && !holidayRegions.includes(region)) {
      problems.push({ path: `${at}.holidayRegion`, message: `Holiday region "${region}" has no holiday list; known regions: ${holidayRegions.join(', ') || '(none)'}` });
    }
    return {
      id: form.id,
      name: form.name,
      teamId: form.teamId,
      roles: form.roles,
      calendar: {
        timeZone: form.timeZone.trim(),
        minutesPerWeekday: minutes,
        ...(region === '' ? {} : { holidayRegion: region }),
        timeOff: form.timeOff.map((range) => ({ start: range.start, end: range.end, ...(range.reason.trim() === '' ? {} : { reason: range.reason.trim() }) })),
      },
      ...(accounts.length === 0 ? {} : { accounts: Object.fromEntries(accounts) }),
    };
  });
  const parsed = peopleSchema(accountFormats).safeParse(people);
  if (parsed.success && problems.length === 0) return { ok: true, people: parsed.data };
  const claimed = new Set(problems.map((problem) => problem.path));
  for (const issue of parsed.error?.issues ?? []) {
    const path = pathKey(['people', ...issue.path]);
    // One complaint per field: the first is the one to fix.
    if (claimed.has(path)) continue;
    claimed.add(path);
    const own = peopleProblemOf(issue);
    if (own?.problem === 'account-taken') problems.push({ path, code: 'account-taken', value: own.value, takenBy: forms[own.takenBy]?.name ?? `people.${own.takenBy}`, message: issue.message });
    else if (own?.problem === 'not-an-account-id') problems.push({ path, code: 'not-an-account-id', value: own.value, message: issue.message });
    else problems.push({ path, message: issue.message });
  }
  return { ok: false, problems };
}

/**
 * Working time in a form week, for the total beside it; text that is not a number counts as nothing.
 * @example weekMinutes(['480', '480', '480', '480', '240', '0', '0']) // 2160
 */
export function weekMinutes(minutesPerWeekday: readonly string[]): number {
  return minutesPerWeekday.reduce((sum, text) => sum + (/^\d+$/.test(text.trim()) ? Number(text.trim()) : 0), 0);
}
