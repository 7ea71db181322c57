import type { BudgetLine } from '../core/budget/budget-line';
import { generateDemoOrganisation } from '../demo';
import { InMemoryTracker } from '../../test/support/in-memory-tracker';
import { makeTask } from '../../test/support/tasks';
import { BudgetNotValidError, editTaskBudget, sameBudget, TaskEditNotAllowedError } from './edit-task-budget';
import { TaskNotVisibleError } from './duplicate-actions';
import { fixedClock } from './ports/clock';
import type { TaskEditPermission } from './ports/task-edit-permission';

const { settings } = generateDemoOrganisation(1);
const clock = fixedClock('2026-11-23T10:00:00Z');

/** The Q1 product shoot, planned at 9,350 zł with the studio booked for 4,000 zł. */
const shootBudget: BudgetLine = { planned: 935_000, committed: 400_000, actual: 0, currency: 'PLN', category: 'production' };
const shoot = makeTask({ id: 'shoot', key: 'BRD-12', title: 'Book photographer for Q1 product shoot', projectId: 'brand', budget: shootBudget });
const secret = makeTask({ id: 'secret', key: 'HR-9', title: 'Confidential launch shoot', projectId: 'secret' });

/** One tracker seen two ways, as Jira is: the viewer does not see the secret project, the app sees everything. */
function organisation(editable: readonly string[] = ['shoot']) {
  const app = new InMemoryTracker([shoot, secret]);
  const viewer = new InMemoryTracker([], (task) => task.projectId !== 'secret');
  // The viewer reads the same tasks the app writes.
  Object.defineProperty(viewer, 'tasks', { value: app.tasks });
  const asked: string[] = [];
  const permission: TaskEditPermission = {
    async canEditTask(taskId) {
      asked.push(taskId);
      return editable.includes(taskId);
    },
  };
  return { app, viewer, permission, asked, deps: { viewer, app, permission, settings, clock } };
}

describe('editTaskBudget', () => {
  it('saves 1,234.50 zł planned and answers the budget as the panel shows it, in euro too', async () => {
    const { app, viewer, deps } = organisation();
    const budget = { ...shootBudget, planned: 123_450 };

    const answer = await editTaskBudget('shoot', { budget, expected: shootBudget }, deps);

    // 1,234.50 zł at 0.2360 € per złoty is €291.342, shown as €291.34.
    expect(answer).toEqual({
      saved: true,
      taskId: 'shoot',
      budget: { line: budget, inBase: { ok: true, currency: 'EUR', planned: 29_134, committed: 94_400, actual: 0 } },
    });
    expect(app.tasks.get('shoot')?.budget).toEqual(budget);
    expect(viewer.calls).toEqual(['loadTaskContext']);
    expect(app.calls).toEqual(['updateTask']);
  });

  it('gives a task its first budget when the person started from none', async () => {
    const { app, deps } = organisation(['shoot', 'bare']);
    app.tasks.set('bare', makeTask({ id: 'bare', key: 'BRD-13', title: 'Retouch the packshots', projectId: 'brand' }));
    const budget: BudgetLine = { planned: 50_000, committed: 0, actual: 0, currency: 'EUR', category: 'production', vendor: 'Studio Wrzos' };
    expect(await editTaskBudget('bare', { budget, expected: null }, deps)).toMatchObject({ saved: true, budget: { line: budget } });
    expect(app.tasks.get('bare')?.budget).toEqual(budget);
  });

  it('refuses, and writes nothing, when someone changed the budget after the person opened the form', async () => {
    const { app, deps } = organisation();
    const colleagues = { ...shootBudget, committed: 600_000 };
    app.tasks.set('shoot', { ...shoot, budget: colleagues });

    const answer = await editTaskBudget('shoot', { budget: { ...shootBudget, planned: 123_450 }, expected: shootBudget }, deps);

    expect(answer).toEqual({
      saved: false,
      reason: 'changed-elsewhere',
      taskId: 'shoot',
      current: colleagues,
      message: 'The budget of BRD-12 was changed by someone else while you were editing it; nothing was overwritten. Reload to see the current budget, then make your change again.',
    });
    expect(app.tasks.get('shoot')?.budget).toEqual(colleagues);
    expect(app.calls).toEqual([]);
  });

  it('refuses a person who may see the task but not edit it, before looking at the budget', async () => {
    const { app, deps } = organisation([]);
    await expect(editTaskBudget('shoot', { budget: { ...shootBudget, planned: 1 }, expected: shootBudget }, deps)).rejects.toThrow(
      new TaskEditNotAllowedError('shoot'),
    );
    expect(app.calls).toEqual([]);
  });

  it('answers a task the person cannot see as missing, even where the permission would allow it', async () => {
    const { app, deps } = organisation(['secret']);
    await expect(editTaskBudget('secret', { budget: shootBudget, expected: null }, deps)).rejects.toThrow(TaskNotVisibleError);
    expect(app.calls).toEqual([]);
  });

  it('names each field the organisation would not accept, and writes nothing', async () => {
    const { app, deps } = organisation();
    const edit = { budget: { ...shootBudget, currency: 'CHF', category: 'print' }, expected: shootBudget };

    const refusal = editTaskBudget('shoot', edit, deps);

    await expect(refusal).rejects.toBeInstanceOf(BudgetNotValidError);
    await expect(refusal).rejects.toMatchObject({
      problems: {
        category: 'Unknown cost category "print"; expected one of: media, agency, production, stock-assets, tools-licences, events, people, other',
        currency: '"CHF" has no exchange rate into EUR, so it would not roll up; use one of: EUR, GBP, PLN, USD',
      },
    });
    expect(app.calls).toEqual([]);
  });

  it('keeps accepting the currency a budget already has, rate or no rate', async () => {
    const { app, deps } = organisation();
    const inFrancs: BudgetLine = { planned: 250_000, committed: 250_000, actual: 0, currency: 'CHF', category: 'events' };
    app.tasks.set('shoot', { ...shoot, budget: inFrancs });
    const answer = await editTaskBudget('shoot', { budget: { ...inFrancs, actual: 100_000 }, expected: inFrancs }, deps);
    expect(answer).toMatchObject({ saved: true, budget: { inBase: { ok: false, message: expect.stringContaining('CHF') } } });
  });
});

describe('sameBudget', () => {
  it('compares every field, and reads a missing vendor as an empty one', () => {
    expect(sameBudget(shootBudget, { ...shootBudget })).toBe(true);
    expect(sameBudget({ ...shootBudget, vendor: '' }, shootBudget)).toBe(true);
    expect(sameBudget(shootBudget, { ...shootBudget, actual: 1 })).toBe(false);
    expect(sameBudget(shootBudget, { ...shootBudget, vendor: 'Studio Wrzos' })).toBe(false);
    expect(sameBudget(undefined, null)).toBe(true);
    expect(sameBudget(undefined, shootBudget)).toBe(false);
    expect(sameBudget(shootBudget, null)).toBe(false);
  });
});
