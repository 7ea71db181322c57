import { z } from 'zod';
import { Person } from '../capacity/calendar';
import { Task } from '../task/task';
import { Settings } from '../settings/settings';
import { duplicateIds } from '../settings/duplicate-ids';
import { Portfolio, Project, Team } from './organisation';

const snapshotShape = z.object({
  name: z.string().min(1, { message: 'Organisation name cannot be empty' }),
  teams: z.array(Team),
  people: z.array(Person),
  portfolios: z.array(Portfolio),
  projects: z.array(Project),
  tasks: z.array(Task),
  settings: Settings,
});

type SnapshotShape = z.infer<typeof snapshotShape>;
type IssueSink = z.core.$RefinementCtx<SnapshotShape>;
type ListName = 'teams' | 'people' | 'portfolios' | 'projects' | 'tasks';

/** Long lists of known ids help nobody; a few show the expected shape. */
function knownSample(ids: ReadonlySet<string>): string {
  const sample = [...ids].slice(0, 5);
  if (sample.length === 0) return '(none)';
  return ids.size > sample.length ? `${sample.join(', ')}, … (${ids.size} in all)` : sample.join(', ');
}

function idsOf(items: readonly { id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

function checkUnique(snapshot: SnapshotShape, ctx: IssueSink): void {
  const lists: ListName[] = ['teams', 'people', 'portfolios', 'projects', 'tasks'];
  for (const list of lists) {
    for (const duplicate of duplicateIds(snapshot[list])) {
      ctx.addIssue({
        code: 'custom',
        path: [list, duplicate.index, 'id'],
        message: `Duplicate id "${duplicate.id}" in ${list} (already used by ${list}[${duplicate.firstIndex}]); ids must be unique`,
      });
    }
  }
  const keyed = [
    { list: 'tasks' as const, keys: snapshot.tasks.map((task) => ({ id: task.key })) },
    { list: 'projects' as const, keys: snapshot.projects.map((project) => ({ id: project.key })) },
  ];
  for (const { list, keys } of keyed) {
    for (const duplicate of duplicateIds(keys)) {
      ctx.addIssue({
        code: 'custom',
        path: [list, duplicate.index, 'key'],
        message: `Duplicate key "${duplicate.id}" in ${list} (already used by ${list}[${duplicate.firstIndex}]); keys must be unique`,
      });
    }
  }
}

function checkProjectsAndPeople(snapshot: SnapshotShape, ctx: IssueSink): void {
  const portfolios = idsOf(snapshot.portfolios);
  const teams = idsOf(snapshot.teams);
  const regions = new Set(Object.keys(snapshot.settings.holidays));
  snapshot.projects.forEach((project, index) => {
    if (!portfolios.has(project.portfolioId)) {
      ctx.addIssue({ code: 'custom', path: ['projects', index, 'portfolioId'], message: `Project ${project.key}: portfolioId "${project.portfolioId}" does not exist; known portfolios: ${knownSample(portfolios)}` });
    }
    if (project.teamId !== undefined && !teams.has(project.teamId)) {
      ctx.addIssue({ code: 'custom', path: ['projects', index, 'teamId'], message: `Project ${project.key}: teamId "${project.teamId}" does not exist; known teams: ${knownSample(teams)}` });
    }
  });
  snapshot.people.forEach((person, index) => {
    if (!teams.has(person.teamId)) {
      ctx.addIssue({ code: 'custom', path: ['people', index, 'teamId'], message: `Person ${person.id} (${person.name}): teamId "${person.teamId}" does not exist; known teams: ${knownSample(teams)}` });
    }
    const region = person.calendar.holidayRegion;
    if (region !== undefined && !regions.has(region)) {
      ctx.addIssue({
        code: 'custom',
        path: ['people', index, 'calendar', 'holidayRegion'],
        message: `Person ${person.id} (${person.name}): holiday region "${region}" has no holiday list in settings; known regions: ${knownSample(regions)}`,
      });
    }
  });
}

/** Walks parents upwards; a walk longer than the task list can only be going round in a circle. */
function isInParentCycle(start: SnapshotShape['tasks'][number], byId: ReadonlyMap<string, SnapshotShape['tasks'][number]>): boolean {
  let current = start.parentId;
  for (let steps = 0; current !== undefined && steps <= byId.size; steps += 1) {
    if (current === start.id) return true;
    current = byId.get(current)?.parentId;
  }
  return false;
}

function checkTasks(snapshot: SnapshotShape, ctx: IssueSink): void {
  const references = {
    projectId: { ids: idsOf(snapshot.projects), what: 'projects' },
    teamId: { ids: idsOf(snapshot.teams), what: 'teams' },
    assigneeId: { ids: idsOf(snapshot.people), what: 'people' },
    ownerId: { ids: idsOf(snapshot.people), what: 'people' },
    parentId: { ids: idsOf(snapshot.tasks), what: 'tasks' },
  } as const;
  const categories = new Set(snapshot.settings.costCategories.map((category) => category.id));
  const byId = new Map(snapshot.tasks.map((task) => [task.id, task]));
  snapshot.tasks.forEach((task, index) => {
    for (const field of Object.keys(references) as (keyof typeof references)[]) {
      const value = task[field];
      const { ids, what } = references[field];
      if (value !== undefined && !ids.has(value)) {
        ctx.addIssue({ code: 'custom', path: ['tasks', index, field], message: `Task ${task.key}: ${field} "${value}" does not exist; known ${what}: ${knownSample(ids)}` });
      }
    }
    if (task.parentId !== undefined && byId.has(task.parentId) && isInParentCycle(task, byId)) {
      ctx.addIssue({ code: 'custom', path: ['tasks', index, 'parentId'], message: `Task ${task.key}: parentId "${task.parentId}" leads back to the task itself; the task tree must not loop` });
    }
    if (task.budget !== undefined && !categories.has(task.budget.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks', index, 'budget', 'category'],
        message: `Task ${task.key}: cost category "${task.budget.category}" is not in settings; expected one of: ${[...categories].join(', ')}`,
      });
    }
  });
}

/**
 * Everything Mops knows about one organisation at a moment: its teams and agencies, people, the
 * project tree with its tasks, and the admin settings. References between them are checked so that
 * code downstream can look ids up without guarding every lookup.
 */
export const OrganisationSnapshot = snapshotShape.superRefine((snapshot, ctx) => {
  checkUnique(snapshot, ctx);
  checkProjectsAndPeople(snapshot, ctx);
  checkTasks(snapshot, ctx);
});
export type OrganisationSnapshot = z.infer<typeof OrganisationSnapshot>;
export type OrganisationSnapshotInput = z.input<typeof OrganisationSnapshot>;
