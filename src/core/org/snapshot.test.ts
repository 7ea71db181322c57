import { OrganisationSnapshot, type OrganisationSnapshotInput } from './snapshot';
import type { TaskInput } from '../task/task';

const week = [480, 480, 480, 480, 480, 0, 0] as [number, number, number, number, number, number, number];

function task(id: string, key: string, extra: Partial<TaskInput> = {}): TaskInput {
  return {
    id,
    key,
    title: `Task ${key}`,
    projectId: 'prj-web',
    teamId: 'team-brand',
    type: 'task',
    status: 'To Do',
    statusCategory: 'todo',
    createdAt: '2026-11-02T09:00:00Z',
    ...extra,
  };
}

/** A small Warsaw team running one webinar campaign. */
function smallOrganisation(): OrganisationSnapshotInput {
  return {
    name: 'Mops demo (small)',
    teams: [
      { id: 'team-brand', name: 'Brand & Content', kind: 'internal' },
      { id: 'team-wrzos', name: 'Studio Wrzos', kind: 'agency' },
    ],
    people: [
      { id: 'p-piotr', name: 'Piotr Zieliński', teamId: 'team-brand', roles: ['designer'], calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [...week], holidayRegion: 'PL' } },
      { id: 'p-jakub', name: 'Jakub Mazur', teamId: 'team-wrzos', roles: ['designer'], calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [...week] } },
    ],
    portfolios: [{ id: 'pf-1', name: 'Brand & Demand' }],
    projects: [{ id: 'prj-web', key: 'WEB', name: 'Webinars', portfolioId: 'pf-1', teamId: 'team-brand' }],
    tasks: [
      task('t-1', 'WEB-1', { type: 'campaign', title: 'Winter webinar series', ownerId: 'p-piotr' }),
      task('t-2', 'WEB-2', {
        parentId: 't-1',
        assigneeId: 'p-piotr',
        teamId: 'team-wrzos',
        budget: { planned: 150000, committed: 0, actual: 0, currency: 'PLN', category: 'production', vendor: 'Studio Wrzos' },
      }),
    ],
    settings: {
      baseCurrency: 'EUR',
      exchangeRates: { base: 'EUR', rates: [{ currency: 'PLN', date: '2026-11-01', rate: '0.2352' }] },
      thresholds: [],
      holidays: { PL: [{ date: '2026-11-11', name: 'Independence Day' }] },
      defaultCalendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [...week] },
      templates: [],
    },
  };
}

function messages(input: OrganisationSnapshotInput): string[] {
  const result = OrganisationSnapshot.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function withTasks(extra: TaskInput[]): OrganisationSnapshotInput {
  const organisation = smallOrganisation();
  return { ...organisation, tasks: [...(organisation.tasks ?? []), ...extra] };
}

describe('OrganisationSnapshot', () => {
  it('accepts an organisation whose references all resolve', () => {
    const snapshot = OrganisationSnapshot.parse(smallOrganisation());
    expect(snapshot.tasks.map((each) => each.key)).toEqual(['WEB-1', 'WEB-2']);
    expect(snapshot.settings.costCategories).toHaveLength(8);
  });

  it('names the task key and the missing project, team, assignee, owner and parent', () => {
    const broken = task('t-3', 'WEB-3', { projectId: 'prj-gone', teamId: 'team-gone', assigneeId: 'p-gone', ownerId: 'p-left', parentId: 't-99' });
    expect(messages(withTasks([broken]))).toEqual([
      'tasks.2.projectId: Task WEB-3: projectId "prj-gone" does not exist; known projects: prj-web',
      'tasks.2.teamId: Task WEB-3: teamId "team-gone" does not exist; known teams: team-brand, team-wrzos',
      'tasks.2.assigneeId: Task WEB-3: assigneeId "p-gone" does not exist; known people: p-piotr, p-jakub',
      'tasks.2.ownerId: Task WEB-3: ownerId "p-left" does not exist; known people: p-piotr, p-jakub',
      'tasks.2.parentId: Task WEB-3: parentId "t-99" does not exist; known tasks: t-1, t-2, t-3',
    ]);
  });

  it('refuses a budget in a cost category that settings do not list', () => {
    const organisation = smallOrganisation();
    const input = {
      ...organisation,
      settings: { ...organisation.settings, costCategories: [{ id: 'media', label: 'Media' }, { id: 'agency', label: 'Agency' }] },
    } as OrganisationSnapshotInput;
    expect(messages(input)).toEqual(['tasks.1.budget.category: Task WEB-2: cost category "production" is not in settings; expected one of: media, agency']);
  });

  it('refuses repeated task ids and keys, pointing at the repeat', () => {
    expect(messages(withTasks([task('t-2', 'WEB-2')]))).toEqual([
      'tasks.2.id: Duplicate id "t-2" in tasks (already used by tasks[1]); ids must be unique',
      'tasks.2.key: Duplicate key "WEB-2" in tasks (already used by tasks[1]); keys must be unique',
    ]);
  });

  it('refuses a person in a team that does not exist and a holiday region with no list', () => {
    const organisation = smallOrganisation();
    const [piotr, jakub] = organisation.people ?? [];
    if (!piotr || !jakub) throw new Error('fixture has two people');
    const input = { ...organisation, people: [{ ...piotr, teamId: 'team-growth' }, { ...jakub, calendar: { ...jakub.calendar, holidayRegion: 'GB' } }] };
    expect(messages(input)).toEqual([
      'people.0.teamId: Person p-piotr (Piotr Zieliński): teamId "team-growth" does not exist; known teams: team-brand, team-wrzos',
      'people.1.calendar.holidayRegion: Person p-jakub (Jakub Mazur): holiday region "GB" has no holiday list in settings; known regions: PL',
    ]);
  });

  it('refuses a project in a portfolio that does not exist', () => {
    const organisation = smallOrganisation();
    const input = { ...organisation, projects: [{ id: 'prj-web', key: 'WEB', name: 'Webinars', portfolioId: 'pf-old' }] };
    expect(messages(input)).toEqual(['projects.0.portfolioId: Project WEB: portfolioId "pf-old" does not exist; known portfolios: pf-1']);
  });

  it('refuses a task tree that loops back on itself', () => {
    const organisation = smallOrganisation();
    const [campaign, child] = organisation.tasks ?? [];
    if (!campaign || !child) throw new Error('fixture has two tasks');
    const input = { ...organisation, tasks: [{ ...campaign, parentId: 't-2' }, child] };
    expect(messages(input)).toEqual([
      'tasks.0.parentId: Task WEB-1: parentId "t-2" leads back to the task itself; the task tree must not loop',
      'tasks.1.parentId: Task WEB-2: parentId "t-1" leads back to the task itself; the task tree must not loop',
    ]);
  });

  it('shortens long lists of known ids', () => {
    const many = Array.from({ length: 7 }, (_, index) => task(`t-${index + 10}`, `WEB-${index + 10}`));
    const orphan = task('t-orphan', 'WEB-99', { parentId: 't-missing' });
    expect(messages(withTasks([...many, orphan]))).toEqual([
      'tasks.9.parentId: Task WEB-99: parentId "t-missing" does not exist; known tasks: t-1, t-2, t-10, t-11, t-12, … (10 in all)',
    ]);
  });
});
