import { makePerson, makeTask } from '../core/capacity/test-support';
import { InMemoryTracker } from '../../test/support/in-memory-tracker';
import { capacityReport, trackerCapacityReport } from './capacity-report';
import type { Directory } from './directory';

/*
 * The week of Monday 9 November 2026, three designers with 40 hours each. Ana has a 30-hour website
 * brochure and a 30-hour trade-fair stand for Events in the same week; Ben (the agency) has only a
 * 36-hour Events report; Cleo has no open work. Nobody is assigned the website's press kit or the
 * Events flyer.
 */
const ana = makePerson({ id: 'ana', name: 'Ana Kowalska', teamId: 'studio' });
const ben = makePerson({ id: 'ben', name: 'Ben Ortiz', teamId: 'agency' });
const cleo = makePerson({ id: 'cleo', name: 'Cleo Novak', teamId: 'studio' });
const week = { startDate: '2026-11-09', dueDate: '2026-11-13' } as const;
const brochure = makeTask({ id: 'brochure', key: 'WEB-12', projectId: 'web', assigneeId: 'ana', remainingMinutes: 1_800, ...week });
const stand = makeTask({ id: 'stand', key: 'EVT-3', projectId: 'evt', assigneeId: 'ana', remainingMinutes: 1_800, ...week });
const report = makeTask({ id: 'report', key: 'EVT-4', projectId: 'evt', assigneeId: 'ben', remainingMinutes: 2_160, ...week });
const pressKit = makeTask({ id: 'press-kit', key: 'WEB-15', projectId: 'web', teamId: 'studio', remainingMinutes: 600 });
const flyer = makeTask({ id: 'flyer', key: 'EVT-9', projectId: 'evt', teamId: 'agency', remainingMinutes: 300 });
const tasks = [brochure, stand, report, pressKit, flyer];
const people = [ana, ben, cleo];
const horizon = { start: '2026-11-09', weeks: 1 };
const NAMES: Directory = {
  teams: [{ id: 'studio', name: 'Studio Kraków' }],
  projects: [{ id: 'web', key: 'WEB', name: 'Website relaunch' }],
};

describe('capacityReport for some projects', () => {
  it('shows the website’s people with their whole week: Ana’s Events stand still fills it', () => {
    const web = capacityReport({ tasks, people, settings: { holidays: {} } }, horizon, { projectIds: ['web'] });
    expect(web.grid.people.map((person) => person.personId)).toEqual(['ana']);
    expect(web.grid.people[0]?.cells[0]).toMatchObject({ allocatedMinutes: 3_600, availableMinutes: 2_400, overAllocated: true });
    expect(web.cellTasks.flatMap((cell) => cell.tasks.map((task) => task.taskId)).sort()).toEqual(['brochure', 'stand']);
    expect(web.doubleBookings.map((booking) => booking.personId)).toEqual(['ana']);
  });

  it('keeps only those projects’ unplaced work, and still offers every project to choose from', () => {
    const web = capacityReport({ tasks, people, settings: { holidays: {} } }, horizon, { projectIds: ['web'] });
    expect(web.grid.unallocated.map((task) => task.taskId)).toEqual(['press-kit']);
    expect(web.projects.map((project) => project.key)).toEqual(['EVT', 'WEB']);
    const everything = capacityReport({ tasks, people, settings: { holidays: {} } }, horizon);
    expect(everything.grid.people.map((person) => person.personId)).toEqual(['ana', 'ben', 'cleo']);
    expect(everything.grid.unallocated.map((task) => task.taskId).sort()).toEqual(['flyer', 'press-kit']);
  });

  it('narrows by team and project together: the agency has nobody on the website', () => {
    const agencyOnWeb = capacityReport({ tasks, people, settings: { holidays: {} } }, horizon, { teamIds: ['agency'], projectIds: ['web'] });
    expect(agencyOnWeb.grid.people).toEqual([]);
    expect(agencyOnWeb.grid.unallocated).toEqual([]);
    const agencyOnEvents = capacityReport({ tasks, people, settings: { holidays: {} } }, horizon, { teamIds: ['agency'], projectIds: ['evt'] });
    expect(agencyOnEvents.grid.people.map((person) => [person.personId, person.cells[0]?.allocatedMinutes])).toEqual([['ben', 2_160]]);
    expect(agencyOnEvents.grid.unallocated.map((task) => task.taskId)).toEqual(['flyer']);
  });
});

describe('capacityReport names', () => {
  it('names teams and projects the directory knows, and labels the rest by key', () => {
    const named = capacityReport({ tasks, people, settings: { holidays: {} }, directory: NAMES }, horizon);
    expect(named.teamNames).toEqual({ studio: 'Studio Kraków' });
    expect(named.projects).toEqual([
      { id: 'evt', key: 'EVT', name: 'EVT' },
      { id: 'web', key: 'WEB', name: 'Website relaunch' },
    ]);
  });
});

describe('trackerCapacityReport', () => {
  it('reads every open task once, even for one project, because the project’s people work elsewhere too', async () => {
    const tracker = new InMemoryTracker(tasks, () => true);
    const web = await trackerCapacityReport(horizon, { tracker, people, settings: { holidays: {} }, directory: NAMES }, { projectIds: ['web'] });
    expect(web.grid.people[0]?.cells[0]?.allocatedMinutes).toBe(3_600);
    expect(web.teamNames).toEqual({ studio: 'Studio Kraków' });
    expect(tracker.hostCalls()).toBeLessThanOrEqual(1);
  });

  it('asks a directory given as a function only after the tasks are read, so names learnt from them count', async () => {
    const tracker = new InMemoryTracker(tasks, () => true);
    let tasksRead = false;
    const searched = tracker.searchTasks.bind(tracker);
    tracker.searchTasks = async function* (query) {
      yield* searched(query);
      tasksRead = true;
    };
    const web = await trackerCapacityReport(horizon, { tracker, people, settings: { holidays: {} }, directory: () => (tasksRead ? NAMES : { people: [], projects: [], teams: [] }) }, { projectIds: ['web'] });
    expect(web.teamNames).toEqual({ studio: 'Studio Kraków' });
  });
});
