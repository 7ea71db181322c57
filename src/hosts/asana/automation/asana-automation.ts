import { onTaskDeleted, onTaskUpdated } from '../../../app/keep-index-fresh';
import { onTaskCreated, type OnTaskCreatedResult } from '../../../app/on-task-created';
import { taskWithState } from '../../../app/task-with-state';
import { newestTemplate } from '../../../app/template-for-task';
import type { Template } from '../../../core/templates';
import type { AsanaLog } from '../asana-log';
import type { AsanaTaskStateStore } from '../ports/asana-stores';
import type { ReplayGuard } from '../replay-guard';
import type { AsanaSubscriptionKind } from '../stores/sql-asana-subscriptions';
import type { AsanaWebhookEvent } from '../webhooks/webhook-event';
import { asanaTaskId } from '../workspace/asana-task-ids';
import type { AsanaWorkspaces } from '../workspace/asana-workspaces';
import { flagMissingFields } from './flag-missing-fields';
import { missingRequiredFields, taskAfter } from './missing-fields';
import type { MopsCore } from './mops-core';

/** Where an event came from: the workspace, and whether a project's or a team's webhook (or poll) saw it. */
export interface AsanaEventSource {
  workspaceGid: string;
  kind: AsanaSubscriptionKind;
}

export type TaskAddedOutcome =
  | (OnTaskCreatedResult & { flagged: boolean })
  /** Mops already processed the task after this event happened: an older event arriving late. */
  | { outcome: 'older-than-processed'; hostCalls: 0 };

export interface TaskAddedOptions {
  /** The templates to choose from instead of the settings' own (a rule action that names one, or none). */
  templates?: readonly Template[];
}

export interface AsanaAutomationDeps {
  workspaces: AsanaWorkspaces;
  states: AsanaTaskStateStore;
  mops: MopsCore;
  /** Remembers flags already raised (and the webhook/poll keys, elsewhere). */
  guard: ReplayGuard;
  /** Subscribes a project a team webhook announced. */
  subscribeProject(workspaceGid: string, projectGid: string): Promise<unknown>;
  log: AsanaLog;
}

/** Subtypes that are tasks people plan work in; sections and the like are not. */
const TASK_SUBTYPES = new Set(['default_task', 'milestone', 'approval']);
/** Changes that alter what the duplicate index holds of a task. */
const INDEXED_FIELDS = new Set(['name', 'notes', 'completed', 'custom_fields']);

/**
 * What Mops does with an Asana event, from a webhook delivery or the Events API catch-up alike:
 * - a task added to a project: the same on-task-created use case as Jira and the local host, over the
 *   Asana tracker acting as the workspace's connection (template subtasks and fields, duplicate check
 *   against every host's tasks in the shared index, a comment only at the likely-duplicate level), then
 *   a flag comment for what the template requires and the task lacks, since Asana cannot block it;
 * - a task changed in a field the index reads: re-indexed; a task deleted: removed from the index;
 * - a project added to a watched team: subscribed.
 * Everything is safe to repeat: the use case's lease and Mops' task state make a second run a no-op,
 * and an event older than the task's last processing is ignored without calling Asana.
 * @example await automation.handle(event, { workspaceGid: '1200000000000001', kind: 'project' })
 */
export class AsanaAutomation {
  constructor(private readonly deps: AsanaAutomationDeps) {}

  async handle(event: AsanaWebhookEvent, source: AsanaEventSource): Promise<void> {
    const { resource } = event;
    if (source.kind === 'team') {
      if (resource.resource_type === 'project' && event.action === 'added') await this.deps.subscribeProject(source.workspaceGid, resource.gid);
      return;
    }
    if (resource.resource_type !== 'task' || (resource.resource_subtype !== undefined && !TASK_SUBTYPES.has(resource.resource_subtype))) return;
    if (event.action === 'added') {
      // Added to a project is a new task there; added under a task is a subtask (often Mops' own).
      if (event.parent?.resource_type !== 'project') return;
      const outcome = await this.taskAdded(source.workspaceGid, resource.gid, event.created_at);
      this.deps.log('info', 'Asana task added processed', { workspaceGid: source.workspaceGid, task: resource.gid, ...summary(outcome) });
      return;
    }
    if (event.action === 'changed' && event.change && INDEXED_FIELDS.has(event.change.field)) {
      const tracker = await this.deps.workspaces.appTracker(source.workspaceGid);
      await onTaskUpdated(asanaTaskId(resource.gid), { tracker, duplicates: this.deps.mops.duplicates });
      return;
    }
    if (event.action === 'deleted') await onTaskDeleted(asanaTaskId(resource.gid), { duplicates: this.deps.mops.duplicates });
  }

  /**
   * Runs on-task-created for an Asana task and flags what its template still lacks. `happenedAt` is the
   * event's time: when Mops has already processed the task as it was after that, nothing is done.
   */
  async taskAdded(workspaceGid: string, taskGid: string, happenedAt?: string, options: TaskAddedOptions = {}): Promise<TaskAddedOutcome> {
    const { mops } = this.deps;
    if (happenedAt !== undefined) {
      const processed = (await this.deps.states.load(workspaceGid, taskGid))?.processedUpdatedAt;
      if (processed !== undefined && Date.parse(happenedAt) <= Date.parse(processed)) return { outcome: 'older-than-processed', hostCalls: 0 };
    }
    const [tracker, saved, people] = await Promise.all([this.deps.workspaces.appTracker(workspaceGid), mops.settings(), mops.people()]);
    const settings = options.templates ? { ...saved, templates: [...options.templates] } : saved;
    const taskId = asanaTaskId(taskGid);
    const result = await onTaskCreated(taskId, { tracker, settings, people, duplicates: mops.duplicates, locks: mops.locks, clock: mops.clock });
    let flagged = false;
    const context = tracker.lastLoaded(taskId);
    if (result.outcome === 'processed' && result.templateId !== undefined && context) {
      const template = newestTemplate(settings.templates, result.templateId);
      if (template) {
        const task = taskAfter(taskWithState(context).task, tracker.changesTo(taskId));
        flagged = await flagMissingFields(tracker, taskId, template, missingRequiredFields(task, template), { guard: this.deps.guard, now: mops.clock.now() });
      }
    }
    for (const warning of result.outcome === 'processed' ? result.warnings : []) this.deps.log('warn', 'Asana task automation warning', { task: taskGid, warning });
    return { ...result, hostCalls: tracker.hostCalls(), flagged };
  }
}

function summary(outcome: TaskAddedOutcome): Record<string, unknown> {
  if (outcome.outcome !== 'processed') return { outcome: outcome.outcome, hostCalls: outcome.hostCalls };
  return {
    outcome: outcome.outcome,
    template: outcome.templateId ?? null,
    createdSubtasks: outcome.createdSubtasks,
    likelyDuplicates: outcome.duplicates.filter((finding) => finding.decision === 'likely-duplicate').length,
    commented: outcome.commented,
    flagged: outcome.flagged,
    hostCalls: outcome.hostCalls,
  };
}
