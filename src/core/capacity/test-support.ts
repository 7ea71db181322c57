/**
 * Builders and fast-check arbitraries shared by the capacity tests. Not part of the public API.
 */
import fc from 'fast-check';
import { Task, type TaskInput } from '../task/task';
import { type HolidayCalendars, Person } from './calendar';
import { localDateOfDayNumber, dayNumberOf } from './day-number';

type PersonInput = Parameters<typeof Person.parse>[0];

export const FULL_TIME: [number, number, number, number, number, number, number] = [480, 480, 480, 480, 480, 0, 0];

/** A person with an 8-hour Monday-to-Friday week in Warsaw unless told otherwise. */
export function makePerson(fields: { id: string } & Partial<Omit<Person, 'calendar'>> & { calendar?: Partial<Person['calendar']> }): Person {
  const input: PersonInput = {
    name: fields.id,
    teamId: 'studio',
    roles: ['designer'],
    ...fields,
    calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: FULL_TIME, timeOff: [], ...fields.calendar },
  };
  return Person.parse(input);
}

let taskCounter = 0;

/** An open task with sensible defaults; pass what the story is about. */
export function makeTask(fields: Partial<TaskInput>): Task {
  taskCounter += 1;
  return Task.parse({
    id: `T-${taskCounter}`,
    key: `WEB-${taskCounter}`,
    title: 'Task',
    projectId: 'web',
    type: 'task',
    status: 'In Progress',
    statusCategory: 'in_progress',
    createdAt: '2026-10-01T09:00:00Z',
    ...fields,
  });
}

export const POLISH_HOLIDAYS: HolidayCalendars = {
  PL: [
    { date: '2026-11-01', name: 'All Saints' },
    { date: '2026-11-11', name: 'Independence Day' },
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-26', name: 'Second Day of Christmas' },
  ],
};

/** Days of the test window: 1 Oct 2026 … 31 Mar 2027, so ranges cross holidays, months and a year. */
export const WINDOW_FIRST = dayNumberOf('2026-10-01');
export const WINDOW_LAST = dayNumberOf('2027-03-31');

export const dateInWindow = fc.integer({ min: WINDOW_FIRST, max: WINDOW_LAST }).map(localDateOfDayNumber);

const dayMinutes = fc.constantFrom(0, 0, 240, 300, 450, 480, 480, 600);

export const weekArbitrary = fc.tuple(dayMinutes, dayMinutes, dayMinutes, dayMinutes, dayMinutes, dayMinutes, dayMinutes);

export const holidaysArbitrary: fc.Arbitrary<HolidayCalendars> = fc
  .uniqueArray(dateInWindow, { maxLength: 12 })
  .map((dates) => ({ XX: dates.map((date) => ({ date, name: 'Holiday' })) }));

const timeOffArbitrary = fc
  .tuple(fc.integer({ min: WINDOW_FIRST, max: WINDOW_LAST }), fc.integer({ min: 0, max: 20 }))
  .map(([first, length]) => ({ start: localDateOfDayNumber(first), end: localDateOfDayNumber(first + length) }));

export const personArbitrary = (id: string): fc.Arbitrary<Person> =>
  fc
    .record({ week: weekArbitrary, regional: fc.boolean(), timeOff: fc.array(timeOffArbitrary, { maxLength: 4 }), roles: fc.subarray(['designer', 'copywriter', 'editor'], { minLength: 1 }) })
    .map(({ week, regional, timeOff, roles }) =>
      makePerson({ id, roles, teamId: id.endsWith('1') ? 'agency' : 'studio', calendar: { minutesPerWeekday: week, timeOff, ...(regional ? { holidayRegion: 'XX' } : {}) } }),
    );

/** Tasks over the window, mostly well formed, with every kind of gap sometimes. */
export const taskArbitrary = (personIds: readonly string[]): fc.Arbitrary<Task> =>
  fc
    .record({
      assignee: fc.option(fc.constantFrom(...personIds, 'stranger'), { nil: undefined, freq: 8 }),
      start: fc.option(fc.integer({ min: WINDOW_FIRST - 20, max: WINDOW_LAST }), { nil: undefined, freq: 6 }),
      length: fc.integer({ min: -3, max: 45 }),
      hasDue: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.constant(false)),
      remaining: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined, freq: 8 }),
      estimate: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined, freq: 3 }),
      done: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
      createdHour: fc.integer({ min: 0, max: 24 * 150 }),
    })
    .map(({ assignee, start, length, hasDue, remaining, estimate, done, createdHour }) => {
      const first = start ?? WINDOW_FIRST + (createdHour % 90);
      return makeTask({
        ...(assignee === undefined ? {} : { assigneeId: assignee }),
        ...(start === undefined ? {} : { startDate: localDateOfDayNumber(start) }),
        ...(hasDue ? { dueDate: localDateOfDayNumber(first + length) } : {}),
        ...(remaining === undefined ? {} : { remainingMinutes: remaining }),
        ...(estimate === undefined ? {} : { estimateMinutes: estimate }),
        statusCategory: done ? 'done' : 'in_progress',
        createdAt: new Date(Date.UTC(2026, 8, 1) + createdHour * 3_600_000).toISOString(),
      });
    });
