import { formatMinorUnits } from '../money/amount';
import type { Task } from '../task/task';
import type { RequiredField } from './schema';

/** What checking one required field found: fine, absent, or present but not acceptable. */
export type RequiredFieldCheck =
  | { outcome: 'ok' }
  | { outcome: 'missing'; fix: string }
  | { outcome: 'invalid'; fix: string };

type FieldValue = string | number | undefined;

/**
 * The value at a template field path ("budget.planned", "fields.kpi", "dueDate"…) on a task.
 * @example readTaskField({ ...task, fields: { kpi: '300 registrations' } }, 'fields.kpi') // '300 registrations'
 */
export function readTaskField(task: Task, path: string): FieldValue {
  if (path.startsWith('fields.')) return task.fields[path.slice('fields.'.length)];
  switch (path) {
    case 'budget.planned':
      return task.budget?.planned;
    case 'budget.committed':
      return task.budget?.committed;
    case 'budget.actual':
      return task.budget?.actual;
    case 'budget.vendor':
      return task.budget?.vendor;
    case 'dueDate':
    case 'startDate':
    case 'ownerId':
    case 'assigneeId':
    case 'teamId':
    case 'description':
    case 'estimateMinutes':
      return task[path];
    default:
      return undefined;
  }
}

const isBlank = (value: FieldValue): value is undefined | '' => value === undefined || (typeof value === 'string' && value.trim() === '');

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function shown(task: Task, path: string, value: string | number): string {
  if (path.startsWith('budget.') && typeof value === 'number' && task.budget) {
    return `${formatMinorUnits(value, task.budget.currency)} ${task.budget.currency}`;
  }
  return typeof value === 'number' ? String(value) : `“${value}”`;
}

/**
 * Checks one required field on a task; when it fails, `fix` says what a person should do, starting
 * with a verb so it can open a sentence.
 * @example checkRequiredField({ ...task, budget: { ...budget, planned: 0 } }, { field: 'budget.planned', rule: 'positive', label: 'planned budget' })
 * // { outcome: 'invalid', fix: 'Set the planned budget above zero (it is 0.00 EUR)' }
 */
export function checkRequiredField(task: Task, required: RequiredField): RequiredFieldCheck {
  const value = readTaskField(task, required.field);
  if (isBlank(value)) return { outcome: 'missing', fix: `Set the ${required.label}` };
  switch (required.rule) {
    case 'set':
      return { outcome: 'ok' };
    case 'positive': {
      if (typeof value === 'string' && !DECIMAL.test(value.trim())) {
        return { outcome: 'invalid', fix: `Set the ${required.label} to a number above zero (it is ${shown(task, required.field, value)})` };
      }
      return Number(value) > 0 ? { outcome: 'ok' } : { outcome: 'invalid', fix: `Set the ${required.label} above zero (it is ${shown(task, required.field, value)})` };
    }
    case 'before-due': {
      // Without a due date there is nothing to compare with; requiring the due date is a rule of its own.
      if (task.dueDate === undefined || String(value) <= task.dueDate) return { outcome: 'ok' };
      return { outcome: 'invalid', fix: `Move the ${required.label} (${String(value)}) to on or before the due date (${task.dueDate})` };
    }
  }
}
