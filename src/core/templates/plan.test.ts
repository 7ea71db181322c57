import fc from 'fast-check';
import type { HolidayCalendars, WorkingCalendar } from '../capacity/calendar';
import { shiftDate } from '../dates/working-days';
import type { Task } from '../task/task';
import { applyPlan } from './apply';
import { DEFAULT_TEMPLATES, defaultTemplate } from './defaults';
import { aTask, mondayToFriday, numberedSubtasks } from './fixtures';
import { isEmptyPlan, planningCalendar, planTemplate, type PlanningCalendars } from './plan';

const webinar = defaultTemplate('webinar');
const calendars: PlanningCalendars = { organisation: mondayToFriday, holidays: {}, baseCurrency: 'EUR' };

const q4Webinar = aTask({
  id: 'web-12',
  key: 'WEB-12',
  title: 'Q4 product webinar: what is new in Mops',
  type: 'webinar',
  ownerId: 'marta',
  dueDate: '2026-12-10',
  fields: { kpi: '300 registrations' },
});

describe('planning a template onto a task', () => {
  it('schedules a webinar due Thursday 10 December on a Monday-to-Friday week', () => {
    const plan = planTemplate(q4Webinar, [], webinar, calendars);
    expect(plan.subtasksToCreate.map((subtask) => [subtask.templateStepId, subtask.dueDate])).toEqual([
      ['book-speakers', '2026-11-12'],
      ['landing-page-copy', '2026-11-19'],
      ['landing-page-design', '2026-11-24'],
      ['landing-page', '2026-11-26'],
      ['promo-emails', '2026-11-30'],
      ['dry-run', '2026-12-09'],
      ['recording-edit', '2026-12-15'],
      ['follow-up-email', '2026-12-14'],
      ['results-report', '2026-12-17'],
    ]);
    expect(plan.subtasksToCreate[3]).toEqual({
      parentId: 'web-12',
      templateStepId: 'landing-page',
      title: 'Landing page live with registration form and tracking',
      role: 'analyst',
      dueDate: '2026-11-26',
      estimateMinutes: 240,
    });
    expect(plan.templateRef).toEqual({ templateId: 'webinar', version: 1 });
    expect(plan.recordTemplateRef).toBe(true);
    expect(plan.warnings).toEqual([]);
  });

  it('counts in the owner’s calendar, so a Polish owner loses Independence Day', () => {
    const warsaw: WorkingCalendar = { ...mondayToFriday, timeZone: 'Europe/Warsaw', holidayRegion: 'PL' };
    const holidays: HolidayCalendars = { PL: [{ date: '2026-11-11', name: 'Independence Day' }] };
    const task = { ...q4Webinar, dueDate: '2026-11-13' };
    const landingPage = (people: PlanningCalendars['people']) =>
      planTemplate(task, [], webinar, { organisation: mondayToFriday, holidays, people }).subtasksToCreate.find((s) => s.templateStepId === 'landing-page');
    expect(landingPage({ marta: warsaw })?.dueDate).toBe('2026-10-29');
    expect(landingPage({})?.dueDate).toBe('2026-10-30');
  });

  it('falls back from owner to assignee to the organisation calendar', () => {
    const fourDayWeek: WorkingCalendar = { ...mondayToFriday, minutesPerWeekday: [480, 480, 480, 480, 0, 0, 0] };
    const withAssignee = { ...q4Webinar, ownerId: undefined, assigneeId: 'jon' };
    expect(planningCalendar(withAssignee, { ...calendars, people: { jon: fourDayWeek } })).toBe(fourDayWeek);
    expect(planningCalendar(q4Webinar, { ...calendars, people: { jon: fourDayWeek } })).toBe(mondayToFriday);
  });

  it('plans steps of a task with no due date without dates, and says so', () => {
    const undated = { ...q4Webinar, dueDate: undefined };
    const plan = planTemplate(undated, [], webinar, calendars);
    expect(plan.subtasksToCreate).toHaveLength(9);
    expect(plan.subtasksToCreate.every((subtask) => subtask.dueDate === undefined)).toBe(true);
    expect(plan.warnings).toHaveLength(9);
    expect(plan.warnings[0]).toEqual({
      kind: 'no-anchor-date',
      stepId: 'book-speakers',
      message: '“Book speakers and agree the topic” is due 20 working days before the task\'s due date, but WEB-12 has no due date: its subtask gets no due date; set one on the subtask by hand',
    });
  });

  it('warns when a step falls before the task even starts', () => {
    const rushed = { ...q4Webinar, startDate: '2026-11-23' };
    const plan = planTemplate(rushed, [], webinar, calendars);
    expect(plan.warnings.map((warning) => warning.stepId)).toEqual(['book-speakers', 'landing-page-copy']);
    expect(plan.warnings[0]?.message).toBe('“Book speakers and agree the topic” is due 2026-11-12, before WEB-12 starts on 2026-11-23');
  });

  it('plans only the steps that have no subtask yet, and leaves other subtasks alone', () => {
    const existing = [
      aTask({ id: 'web-13', parentId: 'web-12', templateStepId: 'book-speakers', title: 'Book Anna and Piotr' }),
      aTask({ id: 'web-14', parentId: 'web-12', title: 'Order headsets' }),
      aTask({ id: 'web-99', parentId: 'web-98', templateStepId: 'dry-run', title: 'Dry run for another webinar' }),
    ];
    const plan = planTemplate(q4Webinar, existing, webinar, calendars);
    expect(plan.subtasksToCreate.map((subtask) => subtask.templateStepId)).not.toContain('book-speakers');
    expect(plan.subtasksToCreate.map((subtask) => subtask.templateStepId)).toContain('dry-run');
    expect(plan.subtasksToCreate).toHaveLength(8);
  });

  it('sets defaults only where the task lacks them', () => {
    const labelled = { ...q4Webinar, labels: ['Webinar', 'q4'], fields: { kpi: '300 registrations', channel: 'partner webinar' } };
    expect(planTemplate(labelled, [], webinar, calendars).fieldDefaults).toEqual([
      { kind: 'open-budget', budget: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' } },
    ]);
    const budgeted = { ...q4Webinar, budget: { planned: 450000, committed: 0, actual: 0, currency: 'PLN' as const, category: 'agency' } };
    expect(planTemplate(budgeted, [], webinar, calendars).fieldDefaults).toEqual([
      { kind: 'add-labels', labels: ['webinar'] },
      { kind: 'set-field', name: 'channel', value: 'webinar' },
    ]);
  });

  it('cannot open a budget without a currency and says why', () => {
    const plan = planTemplate(q4Webinar, [], webinar, { organisation: mondayToFriday, holidays: {} });
    expect(plan.fieldDefaults.map((change) => change.kind)).toEqual(['add-labels', 'set-field']);
    expect(plan.warnings).toEqual([
      { kind: 'no-budget-currency', message: 'The Webinar template opens a budget in cost category “events”, but neither the template nor the organisation names a currency' },
    ]);
  });

  it('plans nothing the second time', () => {
    const first = planTemplate(q4Webinar, [], webinar, calendars);
    const applied = applyPlan(first, q4Webinar, [], numberedSubtasks('WEB', 13));
    expect(applied.subtasks.map((subtask) => subtask.key)).toEqual(['WEB-13', 'WEB-14', 'WEB-15', 'WEB-16', 'WEB-17', 'WEB-18', 'WEB-19', 'WEB-20', 'WEB-21']);
    expect(applied.task.template).toEqual({ templateId: 'webinar', version: 1 });
    const second = planTemplate(applied.task, applied.subtasks, webinar, calendars);
    expect(isEmptyPlan(second)).toBe(true);
  });
});

describe('planning is idempotent', () => {
  const BASE = '2026-01-05';
  const date = fc.integer({ min: 0, max: 700 }).map((days) => shiftDate(BASE, days));
  const calendarArb: fc.Arbitrary<WorkingCalendar> = fc
    .tuple(...Array.from({ length: 7 }, () => fc.constantFrom(0, 240, 480)))
    .filter((minutes) => minutes.some((value) => value > 0))
    .map((minutes) => ({ ...mondayToFriday, holidayRegion: 'XX', minutesPerWeekday: minutes as WorkingCalendar['minutesPerWeekday'] }));
  const holidaysArb = fc.array(date, { maxLength: 20 }).map((dates): HolidayCalendars => ({ XX: dates.map((holiday) => ({ date: holiday, name: 'Holiday' })) }));

  const taskArb = fc
    .record({
      type: fc.constantFrom('webinar', 'email-campaign', 'product-launch', 'task'),
      labels: fc.subarray(['webinar', 'Email', 'launch', 'q4']),
      dueDate: fc.option(date, { nil: undefined }),
      startDate: fc.option(date, { nil: undefined }),
      ownerId: fc.option(fc.constantFrom('marta', 'jon'), { nil: undefined }),
      kpi: fc.option(fc.constantFrom('300 registrations', '', '  '), { nil: undefined }),
      channel: fc.option(fc.constantFrom('email', 'social'), { nil: undefined }),
      hasBudget: fc.boolean(),
      template: fc.option(fc.record({ templateId: fc.constantFrom('webinar', 'email-campaign'), version: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
    })
    .map(({ kpi, channel, hasBudget, ...rest }): Task => {
      const fields: Record<string, string> = {};
      if (kpi !== undefined) fields.kpi = kpi;
      if (channel !== undefined) fields.channel = channel;
      return aTask({
        id: 'task-1',
        ...rest,
        fields,
        ...(hasBudget ? { budget: { planned: 1_000_00, committed: 0, actual: 0, currency: 'GBP', category: 'media' } } : {}),
      });
    });

  const stepIds = [...new Set(DEFAULT_TEMPLATES.flatMap((template) => template.steps.map((step) => step.id)))];
  const existingArb = fc.array(
    fc.record({
      stepId: fc.option(fc.constantFrom(...stepIds), { nil: undefined }),
      parentId: fc.constantFrom('task-1', 'task-2'),
      category: fc.constantFrom('todo', 'in_progress', 'done'),
    }),
    { maxLength: 12 },
  );

  it('plan, apply, plan again: nothing left to do and nothing existing touched', () => {
    fc.assert(
      fc.property(
        taskArb,
        existingArb,
        fc.constantFrom(...DEFAULT_TEMPLATES),
        calendarArb,
        holidaysArb,
        fc.boolean(),
        (task, existingSpecs, template, calendar, holidays, withCurrency) => {
          const existing = existingSpecs.map((spec, index) =>
            aTask({ id: `old-${index}`, parentId: spec.parentId, templateStepId: spec.stepId, statusCategory: spec.category, status: spec.category }),
          );
          const context: PlanningCalendars = { organisation: calendar, holidays, ...(withCurrency ? { baseCurrency: 'EUR' as const } : {}) };
          const plan = planTemplate(task, existing, template, context);
          const applied = applyPlan(plan, task, existing, numberedSubtasks('T', 1));
          expect(applied.subtasks.slice(0, existing.length)).toEqual(existing);
          for (const step of template.steps) {
            expect(applied.subtasks.some((subtask) => subtask.parentId === task.id && subtask.templateStepId === step.id)).toBe(true);
          }
          const again = planTemplate(applied.task, applied.subtasks, template, context);
          expect(again.subtasksToCreate).toEqual([]);
          expect(again.fieldDefaults).toEqual([]);
          expect(isEmptyPlan(again)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
