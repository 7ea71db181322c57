import { Settings } from '../core/settings/settings';
import { DEFAULT_TEMPLATES, type Template } from '../core/templates';
import { DEMO_PEOPLE } from '../demo/people';
import { demoSettings } from '../demo/settings';
import { previewTemplate, sampleTask } from './admin-template-preview';

const settings = Settings.parse(demoSettings());
const winterWebinar = { title: 'Winter webinar', type: 'task', labels: ['Webinar'], projectId: 'prj-brand', dueDate: '2026-12-30' };

describe('previewTemplate', () => {
  it('gives a task labelled “Webinar” the webinar template’s nine subtasks, dated in its owner’s calendar', () => {
    const preview = previewTemplate({ ...winterWebinar, ownerId: 'p-oliver-bennett' }, DEFAULT_TEMPLATES, settings, DEMO_PEOPLE);
    expect(preview.matches.map((match) => match.id)).toEqual(['webinar']);
    const subtasks = preview.applied?.subtasks ?? [];
    expect(subtasks).toHaveLength(9);
    // Oliver is on leave 21–24 December and London stops on the 25th and 28th: eight working days before the 30th is the 10th.
    expect(subtasks.find((subtask) => subtask.templateStepId === 'promo-emails')).toMatchObject({ title: 'Send promotional emails (invite and two reminders)', role: 'copywriter', dueDate: '2026-12-10', estimateMinutes: 300 });
    expect(preview.applied?.fieldDefaults).toContainEqual({ kind: 'open-budget', budget: { planned: 0, committed: 0, actual: 0, currency: 'EUR', category: 'events' } });
    expect(preview.applied?.requiredFields.map((required) => required.field)).toEqual(['budget.planned', 'dueDate', 'ownerId', 'fields.kpi']);
    expect(preview.applied?.gates[0]).toEqual({ gate: { toStatusCategory: 'in_progress', requiredSteps: [], requiredFields: true }, requiredStepTitles: [] });
  });

  it('moves the same steps when the owner works in Warsaw, where 24–26 December and Epiphany are holidays', () => {
    const preview = previewTemplate({ ...winterWebinar, ownerId: 'p-agnieszka-nowak' }, DEFAULT_TEMPLATES, settings, DEMO_PEOPLE);
    const due = Object.fromEntries((preview.applied?.subtasks ?? []).map((subtask) => [subtask.templateStepId, subtask.dueDate]));
    expect(due['promo-emails']).toBe('2026-12-16');
    expect(due['results-report']).toBe('2027-01-08');
  });

  it('says which steps get no date when the sample has no due date', () => {
    const preview = previewTemplate({ title: 'Webinar', type: 'webinar', labels: [], projectId: 'prj-brand' }, DEFAULT_TEMPLATES, settings, DEMO_PEOPLE);
    expect(preview.applied?.subtasks.every((subtask) => subtask.dueDate === undefined)).toBe(true);
    expect(preview.applied?.warnings.filter((warning) => warning.kind === 'no-anchor-date')).toHaveLength(9);
  });

  it('lists every matching template, most specific first, and applies the first', () => {
    const preview = previewTemplate({ title: 'Atlas 3 launch webinar', type: 'webinar', labels: ['launch'], projectId: 'prj-brand' }, DEFAULT_TEMPLATES, settings, DEMO_PEOPLE);
    expect(preview.matches.map((match) => match.id)).toEqual(['webinar', 'product-launch']);
    expect(preview.applied?.template).toEqual({ id: 'webinar', name: 'Webinar', version: 1 });
  });

  it('finds nothing for a plain task, and previews a template that was never saved', () => {
    const plain = { title: 'Order business cards', type: 'task', labels: [], projectId: 'prj-brand' };
    expect(previewTemplate(plain, DEFAULT_TEMPLATES, settings, DEMO_PEOPLE)).toEqual({ matches: [] });
    const cards: Template = { id: 'print', name: 'Print', version: 1, appliesTo: { taskTypes: ['task'] }, requiredFields: [], steps: [{ id: 'proof', title: 'Approve the proof', role: 'designer', due: { workingDays: 2, relativeTo: 'due', direction: 'before' } }], gates: [{ toStatusCategory: 'done', requiredSteps: ['proof'], requiredFields: false }], fieldDefaults: {} };
    const preview = previewTemplate({ ...plain, dueDate: '2026-11-27' }, [cards], settings, DEMO_PEOPLE);
    expect(preview.applied?.subtasks.map((subtask) => [subtask.title, subtask.dueDate])).toEqual([['Approve the proof', '2026-11-25']]);
    expect(preview.applied?.gates).toEqual([{ gate: cards.gates[0], requiredStepTitles: ['Approve the proof'] }]);
  });
});

describe('sampleTask', () => {
  it('is a new top-level task with blank labels dropped and the type in lower case', () => {
    const task = sampleTask({ title: 'Spring webinar', type: ' Webinar ', labels: ['launch', ' '], projectId: 'prj-brand' });
    expect(task).toMatchObject({ type: 'webinar', labels: ['launch'], components: [], statusCategory: 'todo', fields: {} });
    expect(task.template).toBeUndefined();
    expect(task.parentId).toBeUndefined();
  });
});
