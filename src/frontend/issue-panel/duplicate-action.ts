import { z } from 'zod';
import type { LinkKind } from '../../app/ports/link-kind';
import type { DismissedView, LinkedView } from '../../hosts/jira/resolvers/views';
import type { Translate } from '../shared/messages';
import { callResolver, type Invoker } from '../shared/resolver-answer';
import type { Accepts } from '../shared/schema-fit';

/** What a person asked for on one suggested duplicate; `key` is only for the message afterwards. */
export type DuplicateAction =
  | { kind: 'link'; link: LinkKind; otherTaskId: string; key: string }
  | { kind: 'dismiss'; otherTaskId: string; key: string };

export type Outcome = { ok: true; action: DuplicateAction } | { ok: false; action: DuplicateAction; message: string };

// The panel only needs to know the action took; the full answers are defined beside the resolvers.
// Those modules also reach Forge storage, so only their types are imported into this browser bundle.
const Linked = z.object({ linked: z.literal(true) });
const Dismissed = z.object({ dismissed: z.literal(true) });
export type LinkedFits = Accepts<z.input<typeof Linked>, LinkedView>;
export type DismissedFits = Accepts<z.input<typeof Dismissed>, DismissedView>;

/**
 * Sends one duplicate action to its resolver (linkDuplicate or dismissDuplicate) and says how it went.
 * @example await runDuplicateAction(invoke, { kind: 'link', link: 'duplicate', otherTaskId: '10077', key: 'BRD-77' }) // { ok: true, action }
 */
export async function runDuplicateAction(invoker: Invoker, action: DuplicateAction): Promise<Outcome> {
  const answer =
    action.kind === 'link'
      ? await callResolver(invoker, 'linkDuplicate', { otherTaskId: action.otherTaskId, kind: action.link }, Linked)
      : await callResolver(invoker, 'dismissDuplicate', { otherTaskId: action.otherTaskId }, Dismissed);
  return answer.status === 'loaded' ? { ok: true, action } : { ok: false, action, message: answer.message };
}

/**
 * The sentence shown after an action, naming the work item it was about.
 * @example duplicateActionOutcome({ ok: true, action: { kind: 'dismiss', otherTaskId: '10077', key: 'BRD-77' } }, t) // 'BRD-77 is dismissed and won’t be suggested again.'
 */
export function duplicateActionOutcome(outcome: Outcome, t: Translate): string {
  const { action } = outcome;
  if (!outcome.ok) return t('action.failed', { key: action.key, message: outcome.message });
  if (action.kind === 'dismiss') return t('action.done.dismiss', { key: action.key });
  return t(action.link === 'duplicate' ? 'action.done.duplicate' : 'action.done.relates', { key: action.key });
}
