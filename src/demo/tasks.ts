import type { HolidayCalendars, Person } from '../core/capacity/calendar';
import type { LocalDate } from '../core/dates/local-date';
import { shiftDate, weekdayIndex } from '../core/dates/working-days';
import type { StatusCategory, Task } from '../core/task/task';
import { LoadLedger } from './load';
import type { Random } from './random';

/** The demo's "today": a Monday, with about twelve weeks of history behind it and fourteen ahead. */
export const DEMO_TODAY: LocalDate = '2026-11-23';

/**
 * Background work may fill at most this share of anyone's week, so that no spreading rule a capacity
 * view might use can push it over 100 %: over-allocation in the demo is always planted.
 */
const BACKGROUND_SHARE = 0.6;

/** A task before the generator gives it a key; `createdAt` is filled in when absent. */
export type DraftTask = Omit<Task, 'key' | 'createdAt'> & { createdAt?: string };

/** Everything the generator threads through its steps. */
export interface DemoContext {
  random: Random;
  people: readonly Person[];
  holidays: HolidayCalendars;
  ledger: LoadLedger;
  tasks: DraftTask[];
  nextId: () => string;
}

/**
 * A fresh generator state: no tasks yet, an empty load ledger, ids counting from t-0001.
 * @example createContext(createRandom(1), DEMO_PEOPLE, DEMO_HOLIDAYS).nextId() // 't-0001'
 */
export function createContext(random: Random, people: readonly Person[], holidays: HolidayCalendars): DemoContext {
  let counter = 0;
  return {
    random,
    people,
    holidays,
    ledger: new LoadLedger(holidays),
    tasks: [],
    nextId: () => `t-${String(++counter).padStart(4, '0')}`,
  };
}

/**
 * Moves a weekend date to the Monday after.
 * @example onWeekday('2026-11-28') // '2026-11-30'
 */
export function onWeekday(date: LocalDate): LocalDate {
  const weekday = weekdayIndex(date);
  return weekday >= 5 ? shiftDate(date, 7 - weekday) : date;
}

/**
 * The date `count` Monday-to-Friday days after `date` (before, when negative); 0 is the date itself.
 * @example addWeekdays('2026-11-27', 1) // '2026-11-30'
 */
export function addWeekdays(date: LocalDate, count: number): LocalDate {
  const step = count < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(count); left > 0; ) {
    current = shiftDate(current, step);
    if (weekdayIndex(current) < 5) left -= 1;
  }
  return current;
}

/**
 * A plausible status for work planned from `start` to `due` as seen on DEMO_TODAY: past work is
 * mostly done, current work mostly under way, future work not started.
 * @example statusFor(random, '2026-12-07', '2026-12-11') // { status: 'To Do', statusCategory: 'todo' }
 */
export function statusFor(random: Random, start: LocalDate, due: LocalDate): { status: string; statusCategory: StatusCategory } {
  if (due < DEMO_TODAY) return random.chance(0.93) ? { status: 'Done', statusCategory: 'done' } : { status: 'In Progress', statusCategory: 'in_progress' };
  if (start <= DEMO_TODAY && random.chance(0.8)) {
    return random.chance(0.25) ? { status: 'In Review', statusCategory: 'in_progress' } : { status: 'In Progress', statusCategory: 'in_progress' };
  }
  return { status: 'To Do', statusCategory: 'todo' };
}

/**
 * Effort still to do: none once done, a share of the estimate while under way.
 * @example remainingFor(random, 'todo', 480) // 480
 */
export function remainingFor(random: Random, category: StatusCategory, estimate: number): number {
  if (category === 'done') return 0;
  if (category === 'todo') return estimate;
  return Math.round((estimate * random.int(2, 8)) / 10 / 30) * 30;
}

/**
 * A creation instant some days before the work starts, never after DEMO_TODAY and never before the
 * day its parent was created (`notBefore`), so keys grow from parents to children.
 * @example createdAtFor(random, '2026-12-07') // e.g. '2026-11-20T09:41:00Z'
 */
export function createdAtFor(random: Random, start: LocalDate, notBefore?: string, daysBefore: [number, number] = [3, 21]): string {
  let date = shiftDate(start, -random.int(daysBefore[0], daysBefore[1]));
  if (date > DEMO_TODAY) date = shiftDate(DEMO_TODAY, -random.int(0, 4));
  const floor = notBefore?.slice(0, 10);
  if (floor !== undefined && date <= floor) date = floor < DEMO_TODAY ? shiftDate(floor, 1) : floor;
  const hour = String(random.int(7, 16)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${onWeekday(date)}T${hour}:${minute}:00Z`;
}

/** Who may take a piece of work: `region` keeps Russian or Polish work with the people who write it. */
export interface AssignOptions {
  region?: string;
  /** When nobody with the role has room, let anyone else in the team help out. */
  anyoneInTeam?: boolean;
}

/**
 * Someone in the team with the role who still has room for the work, or undefined when nobody has.
 * Books the work in the ledger for whoever is chosen.
 * @example assignWithin(context, 'team-brand', 'designer', '2026-12-07', '2026-12-09', 600)?.name // e.g. 'Marcin Kowalczyk'
 */
export function assignWithin(context: DemoContext, teamId: string, role: string, start: LocalDate, due: LocalDate, minutes: number, options: AssignOptions = {}): Person | undefined {
  const team = context.people.filter((person) => person.teamId === teamId && (options.region === undefined || person.calendar.holidayRegion === options.region));
  const skilled = team.filter((person) => person.roles.includes(role));
  // The skilled go first, in a random order so work spreads.
  const offset = context.random.int(0, Math.max(0, skilled.length - 1));
  const rotated = skilled.map((_, index) => skilled[(offset + index) % skilled.length] as Person);
  const candidates = options.anyoneInTeam ? [...rotated, ...team.filter((person) => !skilled.includes(person))] : rotated;
  const chosen = candidates.find((person) => context.ledger.fits(person, start, due, minutes, BACKGROUND_SHARE));
  if (chosen !== undefined) context.ledger.book(chosen, start, due, minutes);
  return chosen;
}

/**
 * Adds a task with the fields every task shares filled in.
 * @example addTask(context, { title: 'Brief booth staff', projectId: 'prj-events', type: 'task', status: 'To Do', statusCategory: 'todo' }).id // 't-0001'
 */
export function addTask(context: DemoContext, draft: Omit<DraftTask, 'id' | 'description' | 'labels' | 'components' | 'fields'> & Partial<Pick<DraftTask, 'id' | 'description' | 'labels' | 'components' | 'fields'>>): DraftTask {
  const task: DraftTask = {
    description: '',
    labels: [],
    components: [],
    fields: {},
    ...draft,
    id: draft.id ?? context.nextId(),
  };
  context.tasks.push(task);
  return task;
}

/**
 * Gives every task its key: numbered per project in order of creation, as trackers do.
 * Tasks without a creation instant get one from their start date.
 * @example assignKeys(context, new Map([['prj-brand', 'BRD']])).map((task) => task.key) // ['BRD-1', 'BRD-2', …]
 */
export function assignKeys(context: DemoContext, projectKeys: ReadonlyMap<string, string>): Task[] {
  const withCreated = context.tasks.map((task, order) => ({
    task: { ...task, createdAt: task.createdAt ?? createdAtFor(context.random, task.startDate ?? task.dueDate ?? DEMO_TODAY) },
    order,
  }));
  const sorted = [...withCreated].sort((a, b) => (a.task.createdAt < b.task.createdAt ? -1 : a.task.createdAt > b.task.createdAt ? 1 : a.order - b.order));
  const counters = new Map<string, number>();
  const keyed = new Map<number, Task>();
  for (const { task, order } of sorted) {
    const projectKey = projectKeys.get(task.projectId);
    if (projectKey === undefined) throw new Error(`Demo task ${task.id} is in unknown project "${task.projectId}"`);
    const number = (counters.get(projectKey) ?? 0) + 1;
    counters.set(projectKey, number);
    keyed.set(order, { ...task, key: `${projectKey}-${number}` });
  }
  // Keep the generation order in the output: parents before their children, as they were created.
  return withCreated.map(({ order }) => {
    const task = keyed.get(order);
    if (task === undefined) throw new Error(`Demo task #${order} lost its key`);
    return task;
  });
}
