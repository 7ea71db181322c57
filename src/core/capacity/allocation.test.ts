import fc from 'fast-check';
import { workingMinutesOn } from '../dates/working-days';
import type { HolidayCalendars, Person } from './calendar';
import type { Task } from '../task/task';
import { MAX_REMAINING_MINUTES, allocateEffort, allocatedMinutesBetween, dailyAllocation } from './allocation';
import { indexAvailability } from './availability';
import { dayNumberOf, localDateOfDayNumber } from './day-number';
import { POLISH_HOLIDAYS, holidaysArbitrary, makePerson, makeTask, personArbitrary, taskArbitrary } from './test-support';

const ana = makePerson({ id: 'ana', name: 'Ana', calendar: { timeZone: 'Europe/Warsaw', holidayRegion: 'PL' } });
const nina = makePerson({ id: 'nina', name: 'Nina', calendar: { timeZone: 'America/New_York' } });
/** Full days Monday to Thursday, a half day on Friday. */
const ola = makePerson({ id: 'ola', name: 'Ola', calendar: { minutesPerWeekday: [480, 480, 480, 480, 240, 0, 0] } });

function allocateOne(task: Task, people: Person[] = [ana, nina, ola], holidays: HolidayCalendars = POLISH_HOLIDAYS) {
  const allocation = allocateEffort([task], indexAvailability(people, holidays));
  const scheduled = allocation.scheduled[0];
  return { allocation, scheduled, days: scheduled ? dailyAllocation(allocation, scheduled) : [], unallocated: allocation.unallocated };
}

/** The plain definition, day by day: whole parts first, then one minute each to the largest fractions, earlier days first. */
function largestRemainderByDay(task: Task, person: Person, holidays: HolidayCalendars, start: string, end: string): Map<string, number> {
  const remaining = task.remainingMinutes ?? task.estimateMinutes ?? 0;
  const days: Array<{ date: string; minutes: number }> = [];
  for (let day = dayNumberOf(start); day <= dayNumberOf(end); day += 1) {
    const date = localDateOfDayNumber(day);
    days.push({ date, minutes: workingMinutesOn(date, person.calendar, holidays) });
  }
  const total = days.reduce((sum, day) => sum + day.minutes, 0);
  const shares = days.map((day, order) => ({ ...day, order, whole: Math.floor((remaining * day.minutes) / total), fraction: (remaining * day.minutes) % total }));
  let missing = remaining - shares.reduce((sum, share) => sum + share.whole, 0);
  for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || a.order - b.order)) {
    if (missing === 0) break;
    share.whole += 1;
    missing -= 1;
  }
  return new Map(shares.filter((share) => share.whole > 0).map((share) => [share.date, share.whole]));
}

describe('allocateEffort: stories', () => {
  it('gives a Warsaw designer 5 h a day on the four working days of Independence Day week for a 20-hour task', () => {
    const { days, scheduled } = allocateOne(makeTask({ assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 20 * 60 }));
    expect(days).toEqual([
      { date: '2026-11-09', minutes: 300 },
      { date: '2026-11-10', minutes: 300 },
      { date: '2026-11-12', minutes: 300 },
      { date: '2026-11-13', minutes: 300 },
    ]);
    expect(scheduled).toMatchObject({ personId: 'ana', start: '2026-11-09', end: '2026-11-13', startFrom: 'start-date', remainingMinutes: 1200 });
  });

  it('rounds 1000 minutes over three equal days to 334 + 333 + 333, the spare minute on the first day', () => {
    const { days } = allocateOne(makeTask({ assigneeId: 'nina', startDate: '2026-11-09', dueDate: '2026-11-11', remainingMinutes: 1000 }));
    expect(days.map((day) => day.minutes)).toEqual([334, 333, 333]);
  });

  it('spreads in proportion to each day: a half-day Friday gets half as much', () => {
    const { days } = allocateOne(makeTask({ assigneeId: 'ola', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 1080 }));
    expect(days.map((day) => day.minutes)).toEqual([240, 240, 240, 240, 120]);
  });

  it('gives the spare minute to the largest fraction even when that is the short Friday', () => {
    // Exact shares: 111.1 on each full day, 55.6 on Friday; 499 whole minutes, the 500th goes to Friday.
    const { days } = allocateOne(makeTask({ assigneeId: 'ola', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 500 }));
    expect(days.map((day) => day.minutes)).toEqual([111, 111, 111, 111, 56]);
  });

  it('breaks a tie between days of different lengths by date', () => {
    // 7 minutes over 300 + 480 + 480: exact shares 1.67, 2.67, 2.67 all have fraction 2/3, so the two
    // spare minutes go to Monday and Tuesday, the earliest, whatever their length.
    const short = makePerson({ id: 'short', calendar: { minutesPerWeekday: [300, 480, 480, 0, 0, 0, 0] } });
    const { days } = allocateOne(makeTask({ assigneeId: 'short', startDate: '2026-11-16', dueDate: '2026-11-18', remainingMinutes: 7 }), [short]);
    expect(days.map((day) => day.minutes)).toEqual([2, 3, 2]);
  });

  it('uses remaining effort before the original estimate', () => {
    const { scheduled } = allocateOne(makeTask({ assigneeId: 'ana', startDate: '2026-11-16', dueDate: '2026-11-20', estimateMinutes: 2400, remainingMinutes: 600 }));
    expect(scheduled?.remainingMinutes).toBe(600);
    const { scheduled: fromEstimate } = allocateOne(makeTask({ assigneeId: 'ana', startDate: '2026-11-16', dueDate: '2026-11-20', estimateMinutes: 2400 }));
    expect(fromEstimate?.remainingMinutes).toBe(2400);
  });

  it('may book more than the person has: 60 hours in a 40-hour week is allocated in full', () => {
    const { days } = allocateOne(makeTask({ assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 3600 }));
    expect(days.map((day) => day.minutes)).toEqual([720, 720, 720, 720, 720]);
  });

  it('starts a task with only a due date on the day it was created, in the assignee’s zone', () => {
    const createdAt = '2026-11-10T23:30:00Z';
    const warsaw = allocateOne(makeTask({ assigneeId: 'ana', dueDate: '2026-11-13', remainingMinutes: 600, createdAt }));
    // Already 11 Nov (a holiday) in Warsaw: the work lands on the 12th and 13th.
    expect(warsaw.scheduled).toMatchObject({ start: '2026-11-11', startFrom: 'created-at' });
    expect(warsaw.days).toEqual([{ date: '2026-11-12', minutes: 300 }, { date: '2026-11-13', minutes: 300 }]);
    // Still 10 Nov in New York, and 11 Nov is a working day there.
    const newYork = allocateOne(makeTask({ assigneeId: 'nina', dueDate: '2026-11-13', remainingMinutes: 600, createdAt }));
    expect(newYork.days.map((day) => [day.date, day.minutes])).toEqual([['2026-11-10', 150], ['2026-11-11', 150], ['2026-11-12', 150], ['2026-11-13', 150]]);
  });

  it('puts a task created after its due date entirely on the due date', () => {
    const { days } = allocateOne(makeTask({ assigneeId: 'nina', dueDate: '2026-11-13', remainingMinutes: 90, createdAt: '2026-11-20T10:00:00Z' }));
    expect(days).toEqual([{ date: '2026-11-13', minutes: 90 }]);
  });

  it('lists every task it cannot place, with the reason', () => {
    const week = { startDate: '2026-11-16', dueDate: '2026-11-20' };
    const tasks = [
      makeTask({ id: 'done', assigneeId: 'ana', ...week, remainingMinutes: 60, statusCategory: 'done' }),
      makeTask({ id: 'nobody', ...week, remainingMinutes: 60, teamId: 'studio' }),
      makeTask({ id: 'stranger', assigneeId: 'zed', ...week, remainingMinutes: 60 }),
      makeTask({ id: 'no-estimate', assigneeId: 'ana', ...week }),
      makeTask({ id: 'zero', assigneeId: 'ana', ...week, remainingMinutes: 0, estimateMinutes: 600 }),
      makeTask({ id: 'huge', assigneeId: 'ana', ...week, remainingMinutes: MAX_REMAINING_MINUTES + 1 }),
      makeTask({ id: 'no-due', assigneeId: 'ana', startDate: '2026-11-16', remainingMinutes: 60 }),
      makeTask({ id: 'no-dates', assigneeId: 'ana', remainingMinutes: 60 }),
      makeTask({ id: 'backwards', assigneeId: 'ana', startDate: '2026-11-20', dueDate: '2026-11-16', remainingMinutes: 60 }),
      makeTask({ id: 'weekend', assigneeId: 'ana', startDate: '2026-11-14', dueDate: '2026-11-15', remainingMinutes: 60 }),
      makeTask({ id: 'holiday', assigneeId: 'ana', startDate: '2026-11-11', dueDate: '2026-11-11', remainingMinutes: 60 }),
    ];
    const allocation = allocateEffort(tasks, indexAvailability([ana], POLISH_HOLIDAYS));
    expect(allocation.scheduled).toEqual([]);
    expect(allocation.unallocated.map((task) => [task.taskId, task.reason])).toEqual([
      ['done', 'done'],
      ['nobody', 'unassigned'],
      ['stranger', 'unknown-assignee'],
      ['no-estimate', 'unestimated'],
      ['zero', 'nothing-remaining'],
      ['huge', 'effort-too-large'],
      ['no-due', 'unscheduled'],
      ['no-dates', 'unscheduled'],
      ['backwards', 'inverted-dates'],
      ['weekend', 'no-working-time'],
      ['holiday', 'no-working-time'],
    ]);
    expect(allocation.unallocated[1]).toEqual({ taskId: 'nobody', reason: 'unassigned', teamId: 'studio', remainingMinutes: 60 });
  });

  it('answers how much of a task falls in part of its span', () => {
    const { allocation, scheduled } = allocateOne(makeTask({ assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 1200 }));
    if (!scheduled) throw new Error('expected the task to be scheduled');
    expect(allocatedMinutesBetween(allocation, scheduled, '2026-11-09', '2026-11-11')).toBe(600);
    expect(allocatedMinutesBetween(allocation, scheduled, '2026-11-01', '2026-11-30')).toBe(1200);
    expect(allocatedMinutesBetween(allocation, scheduled, '2026-11-14', '2026-11-30')).toBe(0);
  });
});

describe('allocateEffort: properties', () => {
  const peopleIds = ['p0', 'p1', 'p2'];
  const scenario = fc.record({
    people: fc.tuple(...peopleIds.map(personArbitrary)),
    holidays: holidaysArbitrary,
    tasks: fc.array(taskArbitrary(peopleIds), { maxLength: 25 }),
  });

  it('places every task exactly once: scheduled or unallocated with a reason', () => {
    fc.assert(
      fc.property(scenario, ({ people, holidays, tasks }) => {
        const allocation = allocateEffort(tasks, indexAvailability(people, holidays));
        const seen = [...allocation.scheduled.map((task) => task.taskId), ...allocation.unallocated.map((task) => task.taskId)];
        expect(seen.sort()).toEqual(tasks.map((task) => task.id).sort());
      }),
    );
  });

  it('allocates exactly the remaining effort of every scheduled task, only on working days, as the day-by-day definition does', () => {
    fc.assert(
      fc.property(scenario, ({ people, holidays, tasks }) => {
        const allocation = allocateEffort(tasks, indexAvailability(people, holidays));
        for (const scheduled of allocation.scheduled) {
          const task = tasks.find((candidate) => candidate.id === scheduled.taskId);
          const person = people.find((candidate) => candidate.id === scheduled.personId);
          if (!task || !person) throw new Error('scheduled task or person not found');
          const days = dailyAllocation(allocation, scheduled);
          expect(days.reduce((sum, day) => sum + day.minutes, 0)).toBe(scheduled.remainingMinutes);
          for (const day of days) expect(workingMinutesOn(day.date, person.calendar, holidays)).toBeGreaterThan(0);
          expect(new Map(days.map((day) => [day.date, day.minutes]))).toEqual(largestRemainderByDay(task, person, holidays, scheduled.start, scheduled.end));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with its own day list on any sub-range', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -10, max: 50 }), fc.integer({ min: 0, max: 20 }), ({ people, holidays, tasks }, offset, length) => {
        const allocation = allocateEffort(tasks, indexAvailability(people, holidays));
        for (const scheduled of allocation.scheduled) {
          const from = localDateOfDayNumber(scheduled.startDay + offset);
          const to = localDateOfDayNumber(scheduled.startDay + offset + length);
          const expected = dailyAllocation(allocation, scheduled)
            .filter((day) => day.date >= from && day.date <= to)
            .reduce((sum, day) => sum + day.minutes, 0);
          expect(allocatedMinutesBetween(allocation, scheduled, from, to)).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});
