import type { Person } from '../core/capacity/calendar';
import type { LocalDate } from '../core/dates/local-date';
import type { Settings } from '../core/settings/settings';
import type { Task } from '../core/task/task';
import { planningCalendars } from './template-for-task';
import {
  type FieldDefaultChange,
  type Gate,
  matchTemplates,
  type PlannedSubtask,
  planTemplate,
  type PlanWarning,
  type RequiredField,
  type Template,
} from '../core/templates';

/*
 * "What would a new task get?" for the admin page: the same matching and planning the on-created
 * automation runs (matchTemplates, planTemplate), on a sample task the admin describes and on the
 * templates as they stand in the editor, saved or not. It is pure and imports only the core, so the
 * admin page runs it in the browser as the admin types; nothing is created.
 */

/** The task an admin imagines creating. */
export interface SampleTask {
  title: string;
  type: string;
  labels: readonly string[];
  components?: readonly string[];
  projectId: string;
  dueDate?: LocalDate;
  startDate?: LocalDate;
  /** Whose calendar counts the step due dates, as the owner's would. */
  ownerId?: string;
}

export interface TemplateRefView {
  id: string;
  name: string;
  version: number;
}

/** A gate of the applied template, its required steps by title as the subtasks would be called. */
export interface PreviewGate {
  gate: Gate;
  requiredStepTitles: string[];
}

export interface AppliedPreview {
  template: TemplateRefView;
  subtasks: PlannedSubtask[];
  fieldDefaults: FieldDefaultChange[];
  requiredFields: RequiredField[];
  gates: PreviewGate[];
  warnings: PlanWarning[];
}

export interface TemplatePreview {
  /** Every template that applies, most specific first; the first is the one applied. */
  matches: TemplateRefView[];
  applied?: AppliedPreview;
}

/** The sample never exists; matching and planning read none of these, but a Task must carry them. */
const SAMPLE_IDENTITY = { id: 'preview', key: 'PREVIEW-1', status: 'To Do', statusCategory: 'todo', createdAt: '2026-01-01T00:00:00Z' } as const;

/**
 * The sample as a new task: no subtasks, no template recorded, nothing filled in beyond what was given.
 * @example sampleTask({ title: 'Spring webinar', type: 'webinar', labels: [], projectId: 'prj-brand' }).template // undefined
 */
export function sampleTask(sample: SampleTask): Task {
  return {
    ...SAMPLE_IDENTITY,
    title: sample.title,
    description: '',
    projectId: sample.projectId,
    type: sample.type.trim().toLowerCase() || 'task',
    labels: sample.labels.map((label) => label.trim()).filter((label) => label !== ''),
    components: (sample.components ?? []).map((component) => component.trim()).filter((component) => component !== ''),
    fields: {},
    ...(sample.dueDate ? { dueDate: sample.dueDate } : {}),
    ...(sample.startDate ? { startDate: sample.startDate } : {}),
    ...(sample.ownerId ? { ownerId: sample.ownerId } : {}),
  };
}


const refView = (template: Template): TemplateRefView => ({ id: template.id, name: template.name, version: template.version });

/**
 * Which template a new task like the sample would get, and what applying it would add: subtasks with
 * due dates, field defaults, the fields it will require and the gates that will hold it back.
 * @example previewTemplate({ title: 'Spring webinar', type: 'webinar', labels: [], projectId: 'prj-brand', dueDate: '2026-12-10' }, DEFAULT_TEMPLATES, settings, people)
 *   .applied?.subtasks.map((subtask) => subtask.title)[0] // 'Book speakers and agree the topic'
 */
export function previewTemplate(sample: SampleTask, templates: readonly Template[], settings: Pick<Settings, 'defaultCalendar' | 'holidays' | 'baseCurrency'>, people: readonly Person[]): TemplatePreview {
  const task = sampleTask(sample);
  const matches = matchTemplates(task, templates);
  const chosen = matches[0]?.template;
  if (chosen === undefined) return { matches: [] };
  const plan = planTemplate(task, [], chosen, planningCalendars(settings, people));
  const titles = new Map(chosen.steps.map((step) => [step.id, step.title]));
  return {
    matches: matches.map((match) => refView(match.template)),
    applied: {
      template: refView(chosen),
      subtasks: plan.subtasksToCreate,
      fieldDefaults: plan.fieldDefaults,
      requiredFields: chosen.requiredFields,
      gates: chosen.gates.map((gate) => ({ gate, requiredStepTitles: gate.requiredSteps.map((id) => titles.get(id) ?? id) })),
      warnings: plan.warnings,
    },
  };
}
