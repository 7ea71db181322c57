import fc from 'fast-check';
import { allocateEffort, dailyAllocation } from './allocation';
import { availableMinutes, indexAvailability } from './availability';
import { capacityGrid, utilisationBasisPoints } from './grid';
import { POLISH_HOLIDAYS, holidaysArbitrary, makePerson, makeTask, personArbitrary, taskArbitrary } from './test-support';

const ana = makePerson({ id: 'ana', name: 'Ana', teamId: 'studio', roles: ['designer', 'editor'], calendar: { holidayRegion: 'PL' } });
const nina = makePerson({ id: 'nina', name: 'Nina', teamId: 'agency', roles: ['copywriter'], calendar: { timeZone: 'America/New_York' } });
const ola = makePerson({ id: 'ola', name: 'Ola', teamId: 'studio', roles: ['editor'], calendar: { minutesPerWeekday: [240, 240, 240, 240, 0, 0, 0] } });
const people = [ana, nina, ola];

describe('capacityGrid: stories', () => {
  const tasks = [
    makeTask({ id: 'brochure', assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 1200 }),
    makeTask({ id: 'launch-copy', assigneeId: 'nina', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 1800 }),
    makeTask({ id: 'press-release', assigneeId: 'nina', startDate: '2026-11-12', dueDate: '2026-11-13', remainingMinutes: 960 }),
    makeTask({ id: 'proofs', assigneeId: 'ola', startDate: '2026-11-16', dueDate: '2026-11-19', remainingMinutes: 480 }),
    makeTask({ id: 'no-owner', teamId: 'studio', startDate: '2026-11-16', dueDate: '2026-11-19', remainingMinutes: 480 }),
    makeTask({ id: 'agency-someday', teamId: 'agency', assigneeId: 'nina', remainingMinutes: 480 }),
  ];
  const grid = capacityGrid(allocateEffort(tasks, indexAvailability(people, POLISH_HOLIDAYS)), { start: '2026-11-09', weeks: 2 });

  it('shows Ana at 62.5 % in the week of Independence Day and idle the week after', () => {
    expect(grid.weeks).toEqual([
      { start: '2026-11-09', end: '2026-11-15', isoWeek: '2026-W46' },
      { start: '2026-11-16', end: '2026-11-22', isoWeek: '2026-W47' },
    ]);
    const row = grid.people.find((person) => person.personId === 'ana');
    expect(row?.cells).toEqual([
      { allocatedMinutes: 1200, availableMinutes: 1920, utilisationBasisPoints: 6250, overAllocated: false },
      { allocatedMinutes: 0, availableMinutes: 2400, utilisationBasisPoints: 0, overAllocated: false },
    ]);
  });

  it('flags Nina, booked 46 hours in a 40-hour week', () => {
    const row = grid.people.find((person) => person.personId === 'nina');
    expect(row?.cells[0]).toEqual({ allocatedMinutes: 2760, availableMinutes: 2400, utilisationBasisPoints: 11500, overAllocated: true });
  });

  it('sums roles over the people who have them, a designer-editor counting as both', () => {
    const editor = grid.roles.find((role) => role.role === 'editor');
    expect(editor?.personIds).toEqual(['ana', 'ola']);
    expect(editor?.cells[1]).toEqual({ allocatedMinutes: 480, availableMinutes: 2400 + 960, utilisationBasisPoints: 1428, overAllocated: false });
    const designer = grid.roles.find((role) => role.role === 'designer');
    expect(designer?.cells[0]?.allocatedMinutes).toBe(1200);
    expect(grid.roles.map((role) => role.role)).toEqual(['copywriter', 'designer', 'editor']);
  });

  it('keeps the unplaced tasks in view', () => {
    expect(grid.unallocated.map((task) => [task.taskId, task.reason])).toEqual([
      ['no-owner', 'unassigned'],
      ['agency-someday', 'unscheduled'],
    ]);
  });

  it('narrows to one team: its people, their roles and the unplaced work that belongs to it', () => {
    const studio = capacityGrid(allocateEffort(tasks, indexAvailability(people, POLISH_HOLIDAYS)), { start: '2026-11-09', weeks: 2 }, { teamIds: ['studio'] });
    expect(studio.people.map((person) => person.personId)).toEqual(['ana', 'ola']);
    expect(studio.roles.map((role) => role.role)).toEqual(['designer', 'editor']);
    expect(studio.unallocated.map((task) => task.taskId)).toEqual(['no-owner']);
    expect(studio.totals).toEqual({ allocatedInHorizonMinutes: 1680, availableInHorizonMinutes: 1920 + 2400 + 960 + 960, beforeHorizonMinutes: 0, afterHorizonMinutes: 0 });
  });

  it('reports work outside the horizon as before and after totals, starting from the Monday of the given date', () => {
    // Nina, 15 working days from 9 to 27 Nov at 5 h a day; the horizon is only the week of Wed 18 Nov.
    const longTask = makeTask({ assigneeId: 'nina', startDate: '2026-11-09', dueDate: '2026-11-27', remainingMinutes: 4500 });
    const narrow = capacityGrid(allocateEffort([longTask], indexAvailability(people, {})), { start: '2026-11-18', weeks: 1 });
    expect(narrow.weeks[0]?.start).toBe('2026-11-16');
    const row = narrow.people.find((person) => person.personId === 'nina');
    expect([row?.beforeHorizonMinutes, row?.cells[0]?.allocatedMinutes, row?.afterHorizonMinutes]).toEqual([1500, 1500, 1500]);
    expect(narrow.totals).toMatchObject({ beforeHorizonMinutes: 1500, allocatedInHorizonMinutes: 1500, afterHorizonMinutes: 1500 });
  });

  it('refuses a horizon without weeks, naming the field', () => {
    expect(() => capacityGrid(allocateEffort([], indexAvailability(people, {})), { start: '2026-11-09', weeks: 0 })).toThrow('weeks must be at least 1');
  });
});

describe('utilisationBasisPoints', () => {
  it('rounds down from integers and says nothing when there is no time at all', () => {
    expect(utilisationBasisPoints(1200, 1920)).toBe(6250);
    expect(utilisationBasisPoints(1, 3)).toBe(3333);
    expect(utilisationBasisPoints(2, 3)).toBe(6666);
    expect(utilisationBasisPoints(0, 0)).toBeNull();
    // 2e12 × 10000 is past 2^53, so this one is divided as BigInt.
    expect(utilisationBasisPoints(2_000_000_000_000, 3_000_000_000_000)).toBe(6666);
  });
});

describe('capacityGrid: properties', () => {
  const ids = ['p0', 'p1', 'p2'];
  const scenario = fc.record({
    people: fc.tuple(...ids.map(personArbitrary)),
    holidays: holidaysArbitrary,
    tasks: fc.array(taskArbitrary(ids), { maxLength: 25 }),
    start: fc.constantFrom('2026-10-14', '2026-11-09', '2027-01-04'),
    weeks: fc.integer({ min: 1, max: 12 }),
  });

  it('loses nothing: cells plus before and after horizon add up to every scheduled minute', () => {
    fc.assert(
      fc.property(scenario, ({ people: team, holidays, tasks, start, weeks }) => {
        const allocation = allocateEffort(tasks, indexAvailability(team, holidays));
        const grid = capacityGrid(allocation, { start, weeks });
        for (const row of grid.people) {
          const cells = row.cells.reduce((sum, cell) => sum + cell.allocatedMinutes, 0);
          const scheduled = allocation.scheduled.filter((task) => task.personId === row.personId).reduce((sum, task) => sum + task.remainingMinutes, 0);
          expect(cells + row.beforeHorizonMinutes + row.afterHorizonMinutes).toBe(scheduled);
        }
        const { allocatedInHorizonMinutes, beforeHorizonMinutes, afterHorizonMinutes } = grid.totals;
        expect(allocatedInHorizonMinutes + beforeHorizonMinutes + afterHorizonMinutes).toBe(allocation.scheduled.reduce((sum, task) => sum + task.remainingMinutes, 0));
      }),
    );
  });

  it('fills each cell with the days of that week, and the time the person has that week', () => {
    fc.assert(
      fc.property(scenario, ({ people: team, holidays, tasks, start, weeks }) => {
        const availability = indexAvailability(team, holidays);
        const allocation = allocateEffort(tasks, availability);
        const grid = capacityGrid(allocation, { start, weeks });
        grid.people.forEach((row) => {
          grid.weeks.forEach((week, index) => {
            const days = allocation.scheduled
              .filter((task) => task.personId === row.personId)
              .flatMap((task) => dailyAllocation(allocation, task))
              .filter((day) => day.date >= week.start && day.date <= week.end);
            expect(row.cells[index]?.allocatedMinutes).toBe(days.reduce((sum, day) => sum + day.minutes, 0));
            expect(row.cells[index]?.availableMinutes).toBe(availableMinutes(availability, row.personId, week.start, week.end));
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
