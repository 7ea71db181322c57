import fc from 'fast-check';
import type { Task } from '../task/task';
import { applyMigration, applyPlan } from './apply';
import { defaultTemplate } from './defaults';
import { aTask, mondayToFriday, numberedSubtasks } from './fixtures';
import { isEmptyMigration, migrateTask } from './migrate';
import { planTemplate, type PlanningCalendars } from './plan';
import { Template, type TemplateStep } from './schema';

const calendars: PlanningCalendars = { organisation: mondayToFriday, holidays: {}, baseCurrency: 'EUR' };
const webinarV1 = defaultTemplate('webinar');

/** Version 2 after the team's retrospective: a briefing pack, a proper rehearsal, no recording edit, and an audience. */
const webinarV2 = Template.parse({
  ...webinarV1,
  version: 2,
  requiredFields: [...webinarV1.requiredFields, { field: 'fields.audience', rule: 'set', label: 'target audience' }],
  steps: [
    ...webinarV1.steps
      .filter((step) => step.id !== 'recording-edit')
      .map((step) => (step.id === 'dry-run' ? { ...step, title: 'Technical rehearsal with speakers' } : step)),
    { id: 'speaker-briefing', title: 'Send speakers the briefing pack', role: 'marketer', due: { workingDays: 5, relativeTo: 'due', direction: 'before' } },
  ],
});

function webinarOnV1(): { task: Task; subtasks: Task[] } {
  const task = aTask({ id: 'web-12', key: 'WEB-12', type: 'webinar', ownerId: 'marta', dueDate: '2026-12-10', fields: { kpi: '300 registrations' } });
  return applyPlan(planTemplate(task, [], webinarV1, calendars), task, [], numberedSubtasks('WEB', 13));
}

describe('migrating a task to a newer template version', () => {
  it('moves WEB-12 from webinar v1 to v2', () => {
    const { task, subtasks } = webinarOnV1();
    const migration = migrateTask(task, subtasks, [webinarV2, webinarV1], calendars);

    expect(migration.from).toEqual({ templateId: 'webinar', version: 1 });
    expect(migration.to).toEqual({ templateId: 'webinar', version: 2 });
    expect(migration.addedSteps).toEqual(['speaker-briefing']);
    expect(migration.plan.subtasksToCreate).toEqual([
      { parentId: 'web-12', templateStepId: 'speaker-briefing', title: 'Send speakers the briefing pack', role: 'marketer', dueDate: '2026-12-03' },
    ]);
    expect(migration.removedSteps).toEqual([
      { stepId: 'recording-edit', title: 'Edit the recording and publish it on demand', subtaskIds: ['web-12-recording-edit-19'] },
    ]);
    expect(migration.titleUpdates).toEqual([
      { stepId: 'dry-run', subtaskId: 'web-12-dry-run-18', from: 'Dry run with speakers', to: 'Technical rehearsal with speakers', customised: false },
    ]);
    expect(migration.newRequiredFields).toEqual([{ field: 'fields.audience', rule: 'set', label: 'target audience', satisfied: false }]);
    expect(migration.plan.recordTemplateRef).toBe(true);

    const migrated = applyMigration(migration, task, subtasks, numberedSubtasks('WEB', 22));
    expect(migrated.task.template).toEqual({ templateId: 'webinar', version: 2 });
    expect(migrated.subtasks.find((subtask) => subtask.id === 'web-12-recording-edit-19')?.title).toBe('Edit the recording and publish it on demand');
    expect(migrated.subtasks.find((subtask) => subtask.id === 'web-12-dry-run-18')?.title).toBe('Technical rehearsal with speakers');
    expect(isEmptyMigration(migrateTask(migrated.task, migrated.subtasks, [webinarV1, webinarV2], calendars))).toBe(true);
  });

  it('marks a title people had already changed, so the host can ask before overwriting', () => {
    const { task, subtasks } = webinarOnV1();
    const renamed = subtasks.map((subtask) => (subtask.templateStepId === 'dry-run' ? { ...subtask, title: 'Dry run with Anna and Piotr' } : subtask));
    expect(migrateTask(task, renamed, [webinarV1, webinarV2], calendars).titleUpdates).toEqual([
      { stepId: 'dry-run', subtaskId: 'web-12-dry-run-18', from: 'Dry run with Anna and Piotr', to: 'Technical rehearsal with speakers', customised: true },
    ]);
  });

  it('has nothing to do for a task already on the newest version', () => {
    const { task, subtasks } = webinarOnV1();
    expect(isEmptyMigration(migrateTask(task, subtasks, [webinarV1], calendars))).toBe(true);
  });

  it('names what is missing when it cannot migrate', () => {
    const { task, subtasks } = webinarOnV1();
    expect(() => migrateTask({ ...task, template: undefined }, subtasks, [webinarV2], calendars)).toThrow(
      'WEB-12 has no template to migrate from; plan it with planTemplate instead',
    );
    expect(() => migrateTask(task, subtasks, [webinarV2], calendars)).toThrow('WEB-12 follows webinar v1, which is not among the versions passed (v2)');
  });
});

describe('migration is idempotent', () => {
  const v1Ids = webinarV1.steps.map((step) => step.id);
  const newStep = (index: number): TemplateStep => ({
    id: `extra-${index}`,
    title: `Extra step ${index}`,
    role: 'editor',
    due: { workingDays: index, relativeTo: index % 2 === 0 ? 'due' : 'start', direction: index % 3 === 0 ? 'after' : 'before' },
  });
  const nextVersion = fc
    .record({
      removed: fc.subarray(v1Ids),
      renamed: fc.subarray(v1Ids),
      added: fc.integer({ min: 0, max: 3 }),
      requireAudience: fc.boolean(),
    })
    .map(({ removed, renamed, added, requireAudience }) =>
      Template.parse({
        ...webinarV1,
        version: 3,
        requiredFields: requireAudience ? [...webinarV1.requiredFields, { field: 'fields.audience', rule: 'set', label: 'target audience' }] : webinarV1.requiredFields,
        steps: [
          ...webinarV1.steps.filter((step) => !removed.includes(step.id)).map((step) => (renamed.includes(step.id) ? { ...step, title: `${step.title} (v3)` } : step)),
          ...Array.from({ length: added }, (_, index) => newStep(index + 1)),
        ],
        gates: [],
      }),
    );

  it('migrate, apply, migrate again: nothing left to do, and no subtask deleted', () => {
    fc.assert(
      fc.property(nextVersion, fc.subarray(v1Ids), fc.option(fc.constantFrom('2026-11-16', '2026-12-10'), { nil: undefined }), (v3, kept, dueDate) => {
        const { task, subtasks } = webinarOnV1();
        const onV1 = { ...task, dueDate, startDate: '2026-10-01' };
        const someSubtasks = subtasks.filter((subtask) => subtask.templateStepId !== undefined && kept.includes(subtask.templateStepId));
        const migration = migrateTask(onV1, someSubtasks, [webinarV1, v3], calendars);
        const migrated = applyMigration(migration, onV1, someSubtasks, numberedSubtasks('WEB', 40));
        expect(migrated.task.template).toEqual({ templateId: 'webinar', version: 3 });
        expect(migrated.subtasks.map((subtask) => subtask.id)).toEqual(expect.arrayContaining(someSubtasks.map((subtask) => subtask.id)));
        expect(isEmptyMigration(migrateTask(migrated.task, migrated.subtasks, [webinarV1, v3], calendars))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
