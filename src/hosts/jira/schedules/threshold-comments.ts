import { createHash } from 'node:crypto';
import type { Comment, Tracker } from '../../../app/ports/tracker';
import type { BudgetAlert } from '../../../core/budget/alerts';
import { formatMoney } from '../../../core/budget/format-money';
import type { KeyValueStore } from '../storage';

const MARKER_PREFIX = 'mops:alert:';
/** Budget levels that are issues people open, and so can carry a comment. */
const ISSUE_LEVELS = new Set(['campaign', 'epic']);

/** The marker that says "this issue was told about this rule"; rule ids are free text, so hashed. */
function markerKey(taskId: string, ruleId: string): string {
  const task = /^\d+$/.test(taskId) ? taskId : createHash('sha256').update(taskId).digest('hex').slice(0, 24);
  return `${MARKER_PREFIX}${task}:${createHash('sha256').update(ruleId).digest('hex').slice(0, 16)}`;
}

/**
 * The comment on a campaign or epic whose threshold was crossed. It states the issue's own totals and
 * names no other issue: the app sees every issue, the issue's readers may not.
 * @example thresholdComment(alert).paragraphs[0] // [{ text: 'Mops budget alert: actual spend on this campaign reached 112% of its planned budget (EUR 56,000.00 of EUR 50,000.00); the alert is set at 100%.' }]
 */
export function thresholdComment(alert: BudgetAlert): Comment {
  const spend = alert.rule.metric === 'actual' ? 'actual spend' : 'committed spend';
  const what = `this ${alert.level}`;
  const lead =
    alert.percentReachedBasisPoints === null
      ? `Mops budget alert: ${spend} on ${what} is ${formatMoney(alert.value, alert.currency)} with nothing planned.`
      : `Mops budget alert: ${spend} on ${what} reached ${Math.floor(alert.percentReachedBasisPoints / 100)}% of its planned budget ` +
        `(${formatMoney(alert.value, alert.currency)} of ${formatMoney(alert.planned, alert.currency)}); the alert is set at ${alert.rule.percentOfPlanned}%.`;
  return {
    paragraphs: [[{ text: lead }], [{ text: 'The Mops panel on this issue shows its budget; Jira admins find every alert in the weekly digest on the Mops settings page.' }]],
  };
}

export interface ThresholdCommentOutcome {
  commented: Array<{ taskId: string; key?: string; ruleId: string }>;
  /** Newly crossed thresholds not commented on this run (over `maxComments`); the next run does them. */
  deferred: number;
}

/**
 * Comments once on each campaign or epic issue whose budget newly crossed a threshold rule. A marker
 * in KVS, created atomically before the comment, makes a second run in the same week (or a retried
 * one) comment nothing twice; when the alert clears, its marker is removed so a later crossing is new
 * again. Markers are only cleared after a complete read, so a partial run never forgets an alert.
 * Jira calls: one comment per newly crossed threshold, at most `maxComments`.
 * @example await commentOnNewlyCrossed(report.alerts, { tracker, kv, complete: true, maxComments: 15, week: '2026-W48' })
 */
export async function commentOnNewlyCrossed(
  alerts: readonly BudgetAlert[],
  deps: { tracker: Tracker; kv: KeyValueStore; complete: boolean; maxComments: number; isoWeek: string },
): Promise<ThresholdCommentOutcome> {
  const onIssues = alerts.filter((alert) => ISSUE_LEVELS.has(alert.level) && alert.lineId.startsWith('task:'));
  const current = new Set(onIssues.map((alert) => markerKey(alert.entityId, alert.rule.id)));
  const commented: ThresholdCommentOutcome['commented'] = [];
  let deferred = 0;
  for (const alert of onIssues) {
    const key = markerKey(alert.entityId, alert.rule.id);
    if (commented.length >= deps.maxComments) {
      if ((await deps.kv.get(key)) === undefined) deferred += 1;
      continue;
    }
    if (!(await deps.kv.setIfAbsent(key, { taskId: alert.entityId, ruleId: alert.rule.id, crossedInWeek: deps.isoWeek }))) continue;
    try {
      await deps.tracker.addComment(alert.entityId, thresholdComment(alert));
    } catch (error) {
      // Not said: forget the marker so the next run tries again.
      await deps.kv.delete(key);
      throw error;
    }
    commented.push({ taskId: alert.entityId, ...(alert.key ? { key: alert.key } : {}), ruleId: alert.rule.id });
  }
  if (deps.complete) await clearClearedMarkers(deps.kv, current);
  return { commented, deferred };
}

async function clearClearedMarkers(kv: KeyValueStore, current: ReadonlySet<string>): Promise<void> {
  const stale: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list(MARKER_PREFIX, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const entry of page.entries) if (!current.has(entry.key)) stale.push(entry.key);
    cursor = page.cursor;
  } while (cursor !== undefined);
  for (const key of stale) await kv.delete(key);
}
