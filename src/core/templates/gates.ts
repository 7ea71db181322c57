import type { StatusCategory } from '../task/task';
import type { Gate, Template } from './schema';

const CATEGORY_RANK: Record<StatusCategory, number> = { todo: 0, in_progress: 1, done: 2 };
const CATEGORY_NAME: Record<Exclude<StatusCategory, 'todo'>, string> = { in_progress: 'In Progress', done: 'Done' };

/**
 * Whether a task in `status` (of `category`) is at or past a gate. Category gates are ordered
 * (to do < in progress < done); a named status has no known place in that order, so a `toStatus` gate
 * guards that status only.
 * @example gateGuards({ toStatusCategory: 'in_progress', requiredSteps: [], requiredFields: true }, 'Done', 'done') // true
 */
export function gateGuards(gate: Gate, status: string, category: StatusCategory): boolean {
  if (gate.toStatus !== undefined && gate.toStatus.trim().toLowerCase() === status.trim().toLowerCase()) return true;
  return gate.toStatusCategory !== undefined && CATEGORY_RANK[category] >= CATEGORY_RANK[gate.toStatusCategory];
}

/**
 * The status a gate stands before, as people read it in quotes.
 * @example gateName({ toStatusCategory: 'done', requiredSteps: [], requiredFields: false }) // '“Done”'
 */
export function gateName(gate: Gate): string {
  return `“${gate.toStatus ?? CATEGORY_NAME[gate.toStatusCategory ?? 'done']}”`;
}

/**
 * "before the task can …" for the gate, as the end of a sentence.
 * @example gateMoment({ toStatusCategory: 'in_progress', requiredSteps: [], requiredFields: true }) // 'before the task can start'
 */
export function gateMoment(gate: Gate): string {
  if (gate.toStatus !== undefined) return `before the task can move to “${gate.toStatus}”`;
  return gate.toStatusCategory === 'in_progress' ? 'before the task can start' : 'before the task can be done';
}

function gateRank(gate: Gate): number {
  // A named status sits somewhere between starting and finishing; the exact place is unknown.
  return gate.toStatusCategory === undefined ? 1.5 : CATEGORY_RANK[gate.toStatusCategory];
}

/**
 * The first gate that checks the template's required fields, i.e. the moment they become mandatory.
 * @example fieldGate(webinar)?.toStatusCategory // 'in_progress'
 */
export function fieldGate(template: Template): Gate | undefined {
  return template.gates.filter((gate) => gate.requiredFields).sort((a, b) => gateRank(a) - gateRank(b))[0];
}
