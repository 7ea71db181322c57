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
import type { AsanaHttp } from '../api/asana-http';
import { attachWidget, type WidgetAttached } from './attach-widget';
import { flagLikelyDuplicate, hasLikelyDuplicate } from './flag-likely-duplicate';
import { flagMissingFields } from './flag-missing-fields';
import { claimTask, type ClaimMemory, rememberDone } from './task-claims';
import { INCOMPLETE_TAG, WorkspaceTags } from './workspace-tags';
import { missingRequiredFields, taskAfter } from './missing-fields';
import type { MopsCore } from './mops-core';

/** Where an event came from: the workspace, and whether a project's or a team's webhook (or poll) saw it. */
export interface AsanaEventSource {
  workspaceGid: string;
  kind: AsanaSubscriptionKind;
}

/** What Mops did to flag the task and show its widget, beyond the use case. */
export interface Remediation {
  /** Tagged "Mops: possible duplicate" in this run. */
  taggedDuplicate: boolean;
  /** The widget's attachment; "off" when the server has no App Components (the widget would not render). */
  widget: WidgetAttached['outcome'] | 'off';
}

export type TaskAddedOutcome =
  | (OnTaskCreatedResult & { flagged: boolean; remediation?: Remediation })
  /**
   * Mops already processed the task after this event happened: an older event arriving late. It still
   * finishes a tag or attachment an earlier run failed to make, which is the only time it calls Asana.
   */
  | { outcome: 'older-than-processed'; hostCalls: number; remediation: Remediation };

/** The App Components widget Mops attaches to each task it processes. */
export interface WidgetAttachments {
  /** The widget's resource URL for a task: widgetResourceUrl, the same URL the attach lookup answers. */
  urlOf(workspaceGid: string, taskGid: string): string;
  name: string;
  /** Whether the workspace's connection may set `connect_to_app` (an OAuth grant; a personal token may not). */
  connectToApp(workspaceGid: string): Promise<boolean>;
}

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
  /** Attaches the widget to processed tasks; absent when the server has no App Components configured. */
  widget?: WidgetAttachments;
  /** Mops' flag tags per workspace; one per process unless a test shares its own. */
  tags?: WorkspaceTags;
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
 *   against every host's tasks in the shared index, a comment only at the likely-duplicate level), then,
 *   since Asana cannot block a task, flags: the tag "Mops: possible duplicate" for likely duplicates, the
 *   tag "Mops: template incomplete" and a comment for what the template requires and the task lacks;
 *   and the Mops widget attached (an external attachment at the widget's resource URL);
 * - a task changed in a field the index reads: re-indexed; a task deleted: removed from the index;
 * - a project added to a watched team: subscribed.
 * Everything is safe to repeat: the use case's lease and Mops' task state make a second run a no-op,
 * each flag and the attachment are claimed once per task in the replay guard, and an event older than
 * the task's last processing calls Asana only to finish a flag or attachment a failed run left undone.
 * A failed flag holds back neither the other flag nor the widget; the event still fails, to come again.
 * @example await automation.handle(event, { workspaceGid: '1200000000000001', kind: 'project' })
 */
export class AsanaAutomation {
  private readonly tags: WorkspaceTags;

  constructor(private readonly deps: AsanaAutomationDeps) {
    this.tags = deps.tags ?? new WorkspaceTags();
  }

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
   * Runs on-task-created for an Asana task, flags what it found (tags and a comment) and attaches the
   * widget. `happenedAt` is the event's time: when Mops has already processed the task as it was after
   * that, only a flag or attachment left undone by a failed run is finished.
   */
  async taskAdded(workspaceGid: string, taskGid: string, happenedAt?: string, options: TaskAddedOptions = {}): Promise<TaskAddedOutcome> {
    const { mops } = this.deps;
    let client: Promise<AsanaHttp> | undefined;
    const http = () => (client ??= this.deps.workspaces.appHttp(workspaceGid));
    const memory: ClaimMemory = { guard: this.deps.guard, now: mops.clock.now() };
    if (happenedAt !== undefined) {
      const state = await this.deps.states.load(workspaceGid, taskGid);
      const processed = state?.processedUpdatedAt;
      if (state && processed !== undefined && Date.parse(happenedAt) <= Date.parse(processed)) {
        const templateId = state.template?.templateId;
        const done = await bothAttempted(
          () => (templateId === undefined ? Promise.resolve(false) : this.finishTemplateFlag(workspaceGid, taskGid, templateId, http, memory, options)),
          () => this.remediate(workspaceGid, taskGid, hasLikelyDuplicate(state.duplicates, state.dismissedDuplicateIds), http, memory),
        );
        return { outcome: 'older-than-processed', hostCalls: client ? (await client).hostCalls() : 0, remediation: done.second };
      }
    }
    const [appHttp, saved, people] = await Promise.all([http(), mops.settings(), mops.people()]);
    const tracker = await this.deps.workspaces.trackerOver(workspaceGid, appHttp);
    const settings = options.templates ? { ...saved, templates: [...options.templates] } : saved;
    const taskId = asanaTaskId(taskGid);
    const result = await onTaskCreated(taskId, { tracker, settings, people, duplicates: mops.duplicates, locks: mops.locks, clock: mops.clock });
    if (result.outcome !== 'processed') return { ...result, hostCalls: tracker.hostCalls(), flagged: false };
    for (const warning of result.warnings) this.deps.log('warn', 'Asana task automation warning', { task: taskGid, warning });
    const context = tracker.lastLoaded(taskId);
    const template = result.templateId === undefined ? undefined : newestTemplate(settings.templates, result.templateId);
    const done = await bothAttempted(
      async () => {
        if (!template || !context) return false;
        const task = taskAfter(taskWithState(context).task, tracker.changesTo(taskId));
        // The flag is unsettled until said: a run that fails or stops before then leaves it to an older event.
        await this.deps.guard.forget(templateFlagKey(workspaceGid, taskGid));
        const flagged = await flagMissingFields(tracker, taskId, template, missingRequiredFields(task, template), memory, this.tagIncomplete(appHttp, workspaceGid, taskGid));
        await rememberDone(memory, templateFlagKey(workspaceGid, taskGid));
        return flagged;
      },
      // Last, because an older event re-delivered after a failure finishes these (and only these).
      () => this.remediate(workspaceGid, taskGid, hasLikelyDuplicate(result.duplicates), http, memory),
    );
    return { ...result, hostCalls: tracker.hostCalls(), flagged: done.first, remediation: done.second };
  }

  /**
   * The template's flag for a task processed before this event, when the run that processed it did not
   * settle it (it failed or stopped): the task read as it is now, then tagged and commented as far as
   * it still lacks what the template requires. Claimed once per task like the other flags.
   */
  private async finishTemplateFlag(workspaceGid: string, taskGid: string, templateId: string, http: () => Promise<AsanaHttp>, memory: ClaimMemory, options: TaskAddedOptions): Promise<boolean> {
    const key = templateFlagKey(workspaceGid, taskGid);
    if (!(await claimTask(memory, key))) return false;
    let flagged = false;
    try {
      const templates = options.templates ?? (await this.deps.mops.settings()).templates;
      const template = newestTemplate(templates, templateId);
      const appHttp = await http();
      const tracker = await this.deps.workspaces.trackerOver(workspaceGid, appHttp);
      const taskId = asanaTaskId(taskGid);
      const context = template ? await tracker.loadTaskContext(taskId) : undefined;
      if (template && context) flagged = await flagMissingFields(tracker, taskId, template, missingRequiredFields(taskWithState(context).task, template), memory, this.tagIncomplete(appHttp, workspaceGid, taskGid));
    } catch (error) {
      await memory.guard.forget(key);
      throw error;
    }
    await rememberDone(memory, key);
    return flagged;
  }

  private tagIncomplete(appHttp: AsanaHttp, workspaceGid: string, taskGid: string): () => Promise<void> {
    return () => this.tags.tagTask(appHttp, workspaceGid, taskGid, INCOMPLETE_TAG);
  }

  /** The duplicate tag (when there are likely duplicates) and the widget, each claimed once per task. */
  private async remediate(workspaceGid: string, taskGid: string, likelyDuplicate: boolean, http: () => Promise<AsanaHttp>, memory: ClaimMemory): Promise<Remediation> {
    const taggedDuplicate = likelyDuplicate && (await flagLikelyDuplicate(this.tags, http, { workspaceGid, taskGid }, memory));
    const { widget } = this.deps;
    if (!widget) return { taggedDuplicate, widget: 'off' };
    const attached = await attachWidget(http, { workspaceGid, taskGid, url: widget.urlOf(workspaceGid, taskGid), name: widget.name, connectToApp: () => widget.connectToApp(workspaceGid) }, memory);
    if (attached.outcome === 'refused') this.deps.log('warn', 'Asana refused the Mops widget’s attachment; the next event for the task tries again', { workspaceGid, task: taskGid, reason: attached.reason });
    return { taggedDuplicate, widget: attached.outcome };
  }
}

/**
 * Runs both, the second even when the first fails, then throws the first failure, if any: a failed
 * flag holds back neither the other flag nor the widget, and the event still fails, to come again.
 * @example await bothAttempted(() => flagGaps(), () => remediate()) // { first: true, second: { … } }
 */
async function bothAttempted<A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<{ first: A; second: B }> {
  const outcome = await first().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let secondValue: B;
  try {
    secondValue = await second();
  } catch (error) {
    throw outcome.ok ? error : outcome.error;
  }
  if (!outcome.ok) throw outcome.error;
  return { first: outcome.value, second: secondValue };
}

/** Held while the template's flag for a task is settled (said, or nothing to say) as the task was last processed. */
const templateFlagKey = (workspaceGid: string, taskGid: string) => `asana-template-flag:${workspaceGid}:${taskGid}`;

function summary(outcome: TaskAddedOutcome): Record<string, unknown> {
  if (outcome.outcome === 'older-than-processed') return { outcome: outcome.outcome, hostCalls: outcome.hostCalls, ...outcome.remediation };
  if (outcome.outcome !== 'processed') return { outcome: outcome.outcome, hostCalls: outcome.hostCalls };
  return {
    outcome: outcome.outcome,
    template: outcome.templateId ?? null,
    createdSubtasks: outcome.createdSubtasks,
    likelyDuplicates: outcome.duplicates.filter((finding) => finding.decision === 'likely-duplicate').length,
    commented: outcome.commented,
    flagged: outcome.flagged,
    ...outcome.remediation,
    hostCalls: outcome.hostCalls,
  };
}
