import type { Task } from '../task/task';
import { applyPlan } from './apply';
import { checkTransition, evaluateCompliance } from './compliance';
import { defaultTemplate } from './defaults';
import { aTask, mondayToFriday, numberedSubtasks, withStatus } from './fixtures';
import { planTemplate } from './plan';

const webinar = defaultTemplate('webinar');
const budget = { planned: 4_500_00, committed: 1_200_00, actual: 0, currency: 'EUR' as const, category: 'events' };

/** WEB-12, due Thursday 10 December 2026, with the webinar template applied: subtasks WEB-13 … WEB-21. */
function appliedWebinar(overrides: Partial<Task> = {}): { task: Task; subtasks: Task[] } {
  const task = aTask({
    id: 'web-12',
    key: 'WEB-12',
    title: 'Q4 product webinar',
    type: 'webinar',
    ownerId: 'marta',
    dueDate: '2026-12-10',
    fields: { kpi: '300 registrations' },
    budget,
  });
  const plan = planTemplate(task, [], webinar, { organisation: mondayToFriday, holidays: {} });
  const applied = applyPlan(plan, task, [], numberedSubtasks('WEB', 13));
  return { task: { ...applied.task, ...overrides }, subtasks: applied.subtasks };
}

const ALL_STEPS = webinar.steps.map((step) => step.id);

describe('compliance of a task with its template', () => {
  it('a webinar that started without a KPI and is late on its landing page', () => {
    const { task, subtasks } = appliedWebinar({ status: 'In Progress', statusCategory: 'in_progress', fields: { kpi: '', channel: 'webinar' } });
    const progressed = withStatus(subtasks, ['book-speakers', 'landing-page-copy', 'landing-page-design'], 'Done', 'done');

    const report = evaluateCompliance(task, progressed, webinar, '2026-11-30');

    expect(report.compliant).toBe(false);
    expect(report.findings.slice(0, 2)).toEqual([
      {
        kind: 'gate-violation',
        severity: 'violation',
        field: 'fields.kpi',
        message: 'Set the KPI/goal: the Webinar template requires it before the task can start (the task is already “In Progress”)',
      },
      {
        kind: 'step-overdue',
        severity: 'warning',
        stepId: 'landing-page',
        subtaskIds: ['web-12-landing-page-16'],
        message: 'Step “Landing page live with registration form and tracking” (WEB-16, analyst) was due 2026-11-26 and is not done: 4 days late as of 2026-11-30',
      },
    ]);
    // Promotional emails are due that very day: open, not late.
    expect(report.findings.slice(2).map((finding) => [finding.kind, finding.stepId])).toEqual([
      ['step-open', 'promo-emails'],
      ['step-open', 'dry-run'],
      ['step-open', 'recording-edit'],
      ['step-open', 'follow-up-email'],
      ['step-open', 'results-report'],
    ]);
    expect(report.findings[2]?.message).toBe('Step “Send promotional emails (invite and two reminders)” (WEB-17, copywriter) is not done yet; due 2026-11-30');
  });

  it('a missing field before work starts is something to do, not a violation', () => {
    const { task, subtasks } = appliedWebinar({ ownerId: undefined });
    const report = evaluateCompliance(task, subtasks, webinar, '2026-11-02');
    expect(report.findings[0]).toEqual({
      kind: 'field-missing',
      severity: 'warning',
      field: 'ownerId',
      message: 'Set the owner: the Webinar template requires it before the task can start',
    });
    expect(report.compliant).toBe(false);
  });

  it('a finished webinar with every step done is compliant', () => {
    const { task, subtasks } = appliedWebinar({ status: 'Done', statusCategory: 'done' });
    const report = evaluateCompliance(task, withStatus(subtasks, ALL_STEPS, 'Done', 'done'), webinar, '2026-12-31');
    expect(report).toEqual({ taskId: 'web-12', template: { templateId: 'webinar', version: 1 }, compliant: true, findings: [] });
  });

  it('a webinar closed in Asana (no validator) before its follow-up email was sent', () => {
    const { task, subtasks } = appliedWebinar({ status: 'Complete', statusCategory: 'done' });
    const notFollowedUp = withStatus(subtasks, ALL_STEPS.filter((id) => id !== 'follow-up-email'), 'Done', 'done');
    const report = evaluateCompliance(task, notFollowedUp, webinar, '2026-12-18');
    expect(report.findings).toEqual([
      {
        kind: 'gate-violation',
        severity: 'violation',
        stepId: 'follow-up-email',
        subtaskIds: ['web-12-follow-up-email-20'],
        message: 'Step “Follow-up email to attendees and no-shows” is not done; it must be done before “Done” (the task is already “Complete”)',
      },
    ]);
  });

  it('a deleted subtask shows up as a missing step', () => {
    const { task, subtasks } = appliedWebinar();
    const withoutReport = subtasks.filter((subtask) => subtask.templateStepId !== 'results-report');
    const report = evaluateCompliance(task, withoutReport, webinar, '2026-11-02');
    expect(report.findings.find((finding) => finding.stepId === 'results-report')).toEqual({
      kind: 'step-missing',
      severity: 'warning',
      stepId: 'results-report',
      subtaskIds: [],
      message: 'Step “Results report: registrations, attendance, pipeline” has no subtask: apply the Webinar template again to create it',
    });
  });

  it('says when the template was never applied, or a newer version exists', () => {
    const bare = aTask({ id: 'web-30', type: 'webinar' });
    expect(evaluateCompliance(bare, [], webinar, '2026-11-02').findings[0]).toEqual({
      kind: 'template-not-applied',
      severity: 'warning',
      message: 'The Webinar template has not been applied to WEB-30; apply it to create its 9 steps',
    });
    const { task, subtasks } = appliedWebinar();
    const report = evaluateCompliance(task, subtasks, { ...webinar, version: 2 }, '2026-11-02');
    expect(report.findings.filter((finding) => finding.kind === 'template-outdated').map((finding) => finding.message)).toEqual([
      'WEB-12 follows Webinar v1; v2 is current: migrate it to pick up the changes',
    ]);
  });

  it('explains a start date after the due date on a product launch', () => {
    const launch = defaultTemplate('product-launch');
    const task = aTask({ id: 'pl-7', key: 'PL-7', type: 'product-launch', ownerId: 'li', startDate: '2026-12-14', dueDate: '2026-12-10', fields: { kpi: '40 demos booked' }, budget, template: { templateId: 'product-launch', version: 1 } });
    const fieldFindings = evaluateCompliance(task, [], launch, '2026-11-02').findings.filter((finding) => finding.field !== undefined);
    expect(fieldFindings).toEqual([
      {
        kind: 'field-invalid',
        severity: 'warning',
        field: 'startDate',
        message: 'Move the start date (2026-12-14) to on or before the due date (2026-12-10): the Product launch template requires it before the task can start',
      },
    ]);
  });

  it('refuses to judge a task by a template it does not follow', () => {
    const { task, subtasks } = appliedWebinar();
    expect(() => evaluateCompliance(task, subtasks, defaultTemplate('email-campaign'), '2026-11-02')).toThrow(
      'WEB-12 follows template "webinar", not "email-campaign"; pass the template the task was planned from',
    );
  });
});

describe('checking a workflow transition', () => {
  it('keeps a webinar from Done until the dry run, follow-up and report are done', () => {
    const { task, subtasks } = appliedWebinar({ status: 'In Progress', statusCategory: 'in_progress' });
    expect(checkTransition(task, subtasks, webinar, 'Done', 'done')).toEqual({
      allowed: false,
      reasons: [
        'Step “Dry run with speakers” is not done; it must be done before “Done”',
        'Step “Follow-up email to attendees and no-shows” is not done; it must be done before “Done”',
        'Step “Results report: registrations, attendance, pipeline” is not done; it must be done before “Done”',
      ],
    });
    const finished = withStatus(subtasks, ['dry-run', 'follow-up-email', 'results-report'], 'Done', 'done');
    expect(checkTransition(task, finished, webinar, 'Done', 'done')).toEqual({ allowed: true });
  });

  it('keeps a webinar with a zero budget from starting', () => {
    const { task, subtasks } = appliedWebinar({ budget: { ...budget, planned: 0 } });
    expect(checkTransition(task, subtasks, webinar, 'In Progress', 'in_progress')).toEqual({
      allowed: false,
      reasons: ['Set the planned budget above zero (it is 0.00 EUR): the Webinar template requires it before the task can start'],
    });
  });

  it('names every unmet requirement once, even when two gates ask for it', () => {
    const { task, subtasks } = appliedWebinar({ fields: {}, ownerId: undefined });
    const done = withStatus(subtasks, ALL_STEPS, 'Done', 'done');
    expect(checkTransition(task, done, webinar, 'Done', 'done')).toEqual({
      allowed: false,
      reasons: [
        'Set the owner: the Webinar template requires it before the task can start',
        'Set the KPI/goal: the Webinar template requires it before the task can start',
      ],
    });
  });

  it('guards a named status regardless of its case', () => {
    const { task, subtasks } = appliedWebinar({ status: 'In Progress', statusCategory: 'in_progress' });
    const landingLive = withStatus(subtasks, ['landing-page'], 'Done', 'done');
    expect(checkTransition(task, landingLive, webinar, 'LIVE', 'in_progress')).toEqual({
      allowed: false,
      reasons: ['Step “Dry run with speakers” is not done; it must be done before “Live”'],
    });
    expect(checkTransition(task, landingLive, webinar, 'Rehearsal', 'in_progress')).toEqual({ allowed: true });
  });

  it('tells people a step has no subtask at all', () => {
    const { task, subtasks } = appliedWebinar();
    const noDryRun = subtasks.filter((subtask) => subtask.templateStepId !== 'dry-run');
    expect(checkTransition(task, noDryRun, webinar, 'Live', 'in_progress')).toEqual({
      allowed: false,
      reasons: [
        'Step “Landing page live with registration form and tracking” is not done; it must be done before “Live”',
        'Step “Dry run with speakers” is not done (it has no subtask yet); it must be done before “Live”',
      ],
    });
  });

  it('always lets a task go back to To Do', () => {
    const { task, subtasks } = appliedWebinar({ status: 'In Progress', statusCategory: 'in_progress', fields: {} });
    expect(checkTransition(task, subtasks, webinar, 'To Do', 'todo')).toEqual({ allowed: true });
  });
});
