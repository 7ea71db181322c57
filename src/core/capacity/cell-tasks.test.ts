import { allocateEffort } from './allocation';
import { indexAvailability } from './availability';
import { tasksByCell } from './cell-tasks';
import { capacityGrid } from './grid';
import { POLISH_HOLIDAYS, makePerson, makeTask } from './test-support';

const ana = makePerson({ id: 'ana', teamId: 'studio', calendar: { holidayRegion: 'PL' } });
const nina = makePerson({ id: 'nina', teamId: 'agency', calendar: { timeZone: 'America/New_York' } });
const availability = indexAvailability([ana, nina], POLISH_HOLIDAYS);
const horizon = { start: '2026-11-09', weeks: 3 };

/** Ana: a brochure and a banner in the week of 9 Nov, a 10-day report across two weeks. Nina: one press kit. */
function story() {
  return allocateEffort(
    [
      makeTask({ id: 'banner', assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 960 }),
      makeTask({ id: 'brochure', assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 1200 }),
      makeTask({ id: 'report', assigneeId: 'ana', startDate: '2026-11-16', dueDate: '2026-11-27', remainingMinutes: 600 }),
      makeTask({ id: 'press-kit', assigneeId: 'nina', startDate: '2026-11-18', dueDate: '2026-11-18', remainingMinutes: 240 }),
      makeTask({ id: 'someday', assigneeId: 'nina', remainingMinutes: 240 }),
    ],
    availability,
  );
}

describe('tasksByCell', () => {
  it('names the tasks in each week that has work, largest first, and splits a two-week task between its weeks', () => {
    expect(tasksByCell(story(), horizon)).toEqual([
      { personId: 'ana', week: '2026-11-09', tasks: [{ taskId: 'brochure', minutes: 1200 }, { taskId: 'banner', minutes: 960 }] },
      { personId: 'ana', week: '2026-11-16', tasks: [{ taskId: 'report', minutes: 300 }] },
      { personId: 'ana', week: '2026-11-23', tasks: [{ taskId: 'report', minutes: 300 }] },
      { personId: 'nina', week: '2026-11-16', tasks: [{ taskId: 'press-kit', minutes: 240 }] },
    ]);
  });

  it('adds up to the grid’s allocation in every cell', () => {
    const allocation = story();
    const grid = capacityGrid(allocation, horizon);
    const cells = tasksByCell(allocation, horizon);
    grid.people.forEach((person) =>
      person.cells.forEach((cell, week) => {
        const monday = grid.weeks[week]?.start;
        const listed = cells.find((entry) => entry.personId === person.personId && entry.week === monday);
        expect(listed?.tasks.reduce((sum, task) => sum + task.minutes, 0) ?? 0).toBe(cell.allocatedMinutes);
      }),
    );
  });

  it('keeps to the team filter, as the grid does', () => {
    expect(tasksByCell(story(), horizon, { teamIds: ['agency'] }).map((cell) => cell.personId)).toEqual(['nina']);
  });
});
