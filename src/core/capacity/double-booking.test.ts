import { allocateEffort } from './allocation';
import { indexAvailability } from './availability';
import { findDoubleBookings } from './double-booking';
import { POLISH_HOLIDAYS, makePerson, makeTask } from './test-support';

const ana = makePerson({ id: 'ana', teamId: 'studio', calendar: { holidayRegion: 'PL' } });
const nina = makePerson({ id: 'nina', teamId: 'agency', calendar: { timeZone: 'America/New_York' } });
const availability = indexAvailability([ana, nina], POLISH_HOLIDAYS);
const horizon = { start: '2026-11-09', weeks: 3 };

describe('findDoubleBookings', () => {
  it('finds Ana booked 36 hours on two tasks in a week that has 32 (Independence Day), largest task first', () => {
    const allocation = allocateEffort(
      [
        makeTask({ id: 'banner', assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 960 }),
        makeTask({ id: 'brochure', assigneeId: 'ana', startDate: '2026-11-09', dueDate: '2026-11-13', remainingMinutes: 1200 }),
        makeTask({ id: 'next-week', assigneeId: 'ana', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 600 }),
      ],
      availability,
    );
    expect(findDoubleBookings(allocation, horizon)).toEqual([
      {
        personId: 'ana',
        period: { start: '2026-11-09', end: '2026-11-15' },
        allocatedMinutes: 2160,
        availableMinutes: 1920,
        tasks: [
          { taskId: 'brochure', minutes: 1200 },
          { taskId: 'banner', minutes: 960 },
        ],
      },
    ]);
  });

  it('does not call one oversized task a double booking (the grid shows it as over-allocation)', () => {
    const allocation = allocateEffort([makeTask({ assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 3600 })], availability);
    expect(findDoubleBookings(allocation, horizon)).toEqual([]);
  });

  it('leaves overlapping tasks alone while they fit', () => {
    const allocation = allocateEffort(
      [
        makeTask({ assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 1200 }),
        makeTask({ assigneeId: 'nina', startDate: '2026-11-18', dueDate: '2026-11-18', remainingMinutes: 240 }),
      ],
      availability,
    );
    expect(findDoubleBookings(allocation, horizon)).toEqual([]);
    expect(findDoubleBookings(allocation, horizon, { period: 'day' })).toEqual([]);
  });

  it('sees by day what a week hides: a 6-hour press release on top of 4 hours of copy on Wednesday', () => {
    const allocation = allocateEffort(
      [
        makeTask({ id: 'copy', assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 1200 }),
        makeTask({ id: 'press', assigneeId: 'nina', startDate: '2026-11-18', dueDate: '2026-11-18', remainingMinutes: 360 }),
      ],
      availability,
    );
    expect(findDoubleBookings(allocation, horizon, { period: 'week' })).toEqual([]);
    expect(findDoubleBookings(allocation, horizon, { period: 'day' })).toEqual([
      {
        personId: 'nina',
        period: { start: '2026-11-18', end: '2026-11-18' },
        allocatedMinutes: 600,
        availableMinutes: 480,
        tasks: [
          { taskId: 'press', minutes: 360 },
          { taskId: 'copy', minutes: 240 },
        ],
      },
    ]);
  });

  it('looks only at the teams asked for', () => {
    const allocation = allocateEffort(
      [
        makeTask({ assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 1800 }),
        makeTask({ assigneeId: 'nina', startDate: '2026-11-16', dueDate: '2026-11-20', remainingMinutes: 1800 }),
      ],
      availability,
    );
    expect(findDoubleBookings(allocation, horizon).map((finding) => finding.personId)).toEqual(['nina']);
    expect(findDoubleBookings(allocation, horizon, { teamIds: ['studio'] })).toEqual([]);
  });
});
