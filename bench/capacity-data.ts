import { HolidayCalendars, Person, type WorkingCalendar } from '../src/core/capacity/calendar';
import { dayNumberOf, localDateOfDayNumber, weekdayOfDayNumber } from '../src/core/capacity/day-number';
import { Task } from '../src/core/task/task';
import { SeededRandom } from './seeded-random';

/**
 * A synthetic marketing organisation for the capacity benchmark: people in several countries with
 * their public holidays, part-timers and time off, and tasks with realistic gaps (some unassigned,
 * unestimated, undated). The same seed always gives the same organisation.
 */
export interface CapacityScenario {
  people: Person[];
  holidays: HolidayCalendars;
  tasks: Task[];
  horizon: { start: string; weeks: number };
}

export interface ScenarioSize {
  tasks: number;
  people: number;
  weeks: number;
  seed: number;
}

/** Public holidays of 2026–2027 for the regions used (national lists; Germany as in Berlin). */
const HOLIDAYS: Record<string, string[]> = {
  PL: [
    '2026-01-01', '2026-01-06', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-03', '2026-05-24', '2026-06-04',
    '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-24', '2026-12-25', '2026-12-26',
    '2027-01-01', '2027-01-06', '2027-03-28', '2027-03-29', '2027-05-01', '2027-05-03', '2027-05-16', '2027-05-27',
    '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-24', '2027-12-25', '2027-12-26',
  ],
  GB: [
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  ],
  DE: [
    '2026-01-01', '2026-03-08', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03',
    '2026-12-25', '2026-12-26',
    '2027-01-01', '2027-03-08', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03',
    '2027-12-25', '2027-12-26',
  ],
  US: [
    '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12',
    '2026-11-11', '2026-11-26', '2026-12-25',
    '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11',
    '2027-11-11', '2027-11-25', '2027-12-24',
  ],
};

const OFFICES: Array<{ region?: string; timeZone: string; share: number }> = [
  { region: 'PL', timeZone: 'Europe/Warsaw', share: 0.35 },
  { region: 'GB', timeZone: 'Europe/London', share: 0.2 },
  { region: 'DE', timeZone: 'Europe/Berlin', share: 0.15 },
  { region: 'US', timeZone: 'America/New_York', share: 0.2 },
  // Freelancers without a holiday list.
  { timeZone: 'Asia/Kolkata', share: 0.1 },
];

const FULL_TIME: WorkingCalendar['minutesPerWeekday'] = [480, 480, 480, 480, 480, 0, 0];
const PART_TIME: Array<WorkingCalendar['minutesPerWeekday']> = [
  [240, 240, 240, 240, 240, 0, 0],
  [480, 480, 480, 480, 0, 0, 0],
  [480, 480, 480, 240, 0, 0, 0],
  [0, 480, 480, 480, 0, 0, 0],
  [360, 360, 360, 360, 360, 0, 0],
];
const ROLES = ['designer', 'copywriter', 'editor', 'analyst', 'video', 'social', 'web', 'events'];
const TEAMS = ['brand', 'content', 'demand-gen', 'events', 'product-marketing', 'social', 'web', 'analytics', 'agency-north', 'agency-blue', 'agency-pixel'];

function office(random: SeededRandom): (typeof OFFICES)[number] {
  let roll = random.next();
  for (const candidate of OFFICES) {
    roll -= candidate.share;
    if (roll < 0) return candidate;
  }
  return OFFICES[0] ?? { timeZone: 'UTC', share: 1 };
}

function makePeople(random: SeededRandom, count: number, firstDay: number, lastDay: number): Person[] {
  return Array.from({ length: count }, (_, index) => {
    const where = office(random);
    const roles = [random.pick(ROLES)];
    if (random.chance(0.3)) {
      const second = random.pick(ROLES);
      if (!roles.includes(second)) roles.push(second);
    }
    const timeOff = Array.from({ length: random.chance(0.6) ? random.integer(1, 3) : 0 }, () => {
      const start = random.integer(firstDay, lastDay);
      return { start: localDateOfDayNumber(start), end: localDateOfDayNumber(start + random.integer(0, 14)) };
    });
    return Person.parse({
      id: `person-${index}`,
      name: `Person ${index}`,
      teamId: random.pick(TEAMS),
      roles,
      calendar: {
        timeZone: where.timeZone,
        minutesPerWeekday: random.chance(0.15) ? random.pick(PART_TIME) : FULL_TIME,
        ...(where.region ? { holidayRegion: where.region } : {}),
        timeOff,
      },
    });
  });
}

function makeTasks(random: SeededRandom, count: number, people: readonly Person[], firstDay: number, lastDay: number): Task[] {
  // Some people attract much more work than others: that is where over-allocation comes from.
  const weights = people.map(() => 0.4 + random.next() * 1.4);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => {
    cumulative.push((sum + weight) / totalWeight);
    return sum + weight;
  }, 0);
  const assignee = (): string => {
    const roll = random.next();
    const index = cumulative.findIndex((bound) => roll < bound);
    return people[index < 0 ? people.length - 1 : index]?.id ?? 'person-0';
  };

  return Array.from({ length: count }, (_, index) => {
    // Durations of 1–30 working days, short ones far more common.
    const workingDays = 1 + Math.floor(29 * random.next() ** 2);
    const calendarDays = Math.ceil((workingDays * 7) / 5);
    // Planned work mostly starts on a weekday; a few tasks are dated on a weekend anyway.
    const anyDay = random.integer(firstDay - 42, lastDay + 14);
    const weekday = weekdayOfDayNumber(anyDay);
    const start = weekday >= 5 && random.chance(0.9) ? anyDay + (7 - weekday) : anyDay;
    const due = start + calendarDays - 1;
    const created = start - random.integer(0, 30);
    const effort = Math.round((workingDays * 480 * (0.02 + random.next() * 0.16)) / 15) * 15;
    const dates = random.next();
    const estimate = random.next();
    const who = random.next();
    return Task.parse({
      id: `task-${index}`,
      key: `MKT-${index}`,
      title: `Task ${index}`,
      projectId: `project-${index % 40}`,
      teamId: random.pick(TEAMS),
      type: 'task',
      status: 'In Progress',
      statusCategory: random.chance(0.08) ? 'done' : random.chance(0.5) ? 'in_progress' : 'todo',
      ...(who < 0.02 ? {} : { assigneeId: who < 0.03 ? `former-${index}` : assignee() }),
      createdAt: `${localDateOfDayNumber(created)}T${String(random.integer(0, 23)).padStart(2, '0')}:${String(random.integer(0, 59)).padStart(2, '0')}:00Z`,
      // 90 % start and due, 5 % due only, 3 % start only, 2 % neither.
      ...(dates < 0.95 ? { dueDate: localDateOfDayNumber(due) } : {}),
      ...(dates < 0.9 || (dates >= 0.95 && dates < 0.98) ? { startDate: localDateOfDayNumber(start) } : {}),
      // 3 % unestimated; a third of the rest have remaining effort below the original estimate.
      ...(estimate < 0.03 ? {} : { estimateMinutes: effort }),
      ...(estimate >= 0.03 && estimate < 0.36 ? { remainingMinutes: Math.round(effort * random.next() / 15) * 15 } : {}),
    });
  });
}

/**
 * The benchmark organisation: by default 50,000 tasks, 300 people, a 26-week horizon from Monday 2 Nov 2026.
 * @example capacityScenario({ tasks: 1000, people: 10, weeks: 4, seed: 7 }).tasks.length // 1000
 */
export function capacityScenario(size: ScenarioSize): CapacityScenario {
  const random = new SeededRandom(size.seed);
  const start = '2026-11-02';
  const firstDay = dayNumberOf(start);
  const lastDay = firstDay + size.weeks * 7 - 1;
  const holidays = HolidayCalendars.parse(
    Object.fromEntries(Object.entries(HOLIDAYS).map(([region, dates]) => [region, dates.map((date) => ({ date, name: `${region} holiday` }))])),
  );
  const people = makePeople(random, size.people, firstDay - 42, lastDay);
  const tasks = makeTasks(random, size.tasks, people, firstDay, lastDay);
  return { people, holidays, tasks, horizon: { start, weeks: size.weeks } };
}
