import { z } from 'zod';
import { Person } from '../core/capacity/calendar';
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
  /** Their Asana user's gid as typed; empty when not linked. */
  asanaUserGid: string;
}

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
    asanaUserGid: person.asanaUserGid ?? '',
  }));
}

/**
 * The people the form describes, checked by the core's Person schema, or every problem at once. A
 * holiday region must be one the organisation has a holiday list for, as the default calendar's must:
 * a region with no list would silently count every public holiday as a working day.
 * @example checkPeopleForm([{ ...ana, minutesPerWeekday: ['480', '480', '480', '480', '1500', '0', '0'] }], ['PL'])
 * // { ok: false, problems: [{ path: 'people.0.calendar.minutesPerWeekday.4', message: 'Working time per day cannot exceed 24 hours (1440 minutes)' }] }
 */
export function checkPeopleForm(forms: readonly PersonForm[], holidayRegions: readonly string[]): PeopleCheck {
  const problems: SettingsProblem[] = [];
  const numbers = new NumberReader(problems);
  const people = forms.map((form, index) => {
    const at = `people.${index}.calendar`;
    const minutes = form.minutesPerWeekday.map((text, day) => numbers.read(text, `${at}.minutesPerWeekday.${day}`));
    const region = form.holidayRegion.trim();
    const asanaUserGid = form.asanaUserGid.trim();
    const linkedFirst = asanaUserGid === '' ? -1 : forms.findIndex((other) => other.asanaUserGid.trim() === asanaUserGid);
    if (linkedFirst !== -1 && linkedFirst < index) {
      problems.push({ path: `people.${index}.asanaUserGid`, message: `Asana user ID "${asanaUserGid}" is already ${forms[linkedFirst]?.name ?? `people.${linkedFirst}`}'s; link each Asana user to one person` });
    }
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
      ...(asanaUserGid === '' ? {} : { asanaUserGid }),
    };
  });
  const parsed = z.array(Person).safeParse(people);
  if (parsed.success && problems.length === 0) return { ok: true, people: parsed.data };
  const claimed = new Set(problems.map((problem) => problem.path));
  for (const issue of parsed.error?.issues ?? []) {
    const path = pathKey(['people', ...issue.path]);
    if (!claimed.has(path)) problems.push({ path, message: issue.message });
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
