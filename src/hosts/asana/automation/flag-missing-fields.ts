import { createHash } from 'node:crypto';
import type { Comment, Tracker } from '../../../app/ports/tracker';
import type { Template } from '../../../core/templates';
import { claimTask, type ClaimMemory, rememberDone } from './task-claims';

/**
 * Asana has no transition Mops could hold back, so a task that misses what its template requires is
 * flagged instead: one comment naming each gap and how to close it, said once per distinct set of gaps
 * (a re-delivered event, or the catch-up finding the same task, says nothing new). `tag`, when given,
 * runs first (adding a tag is idempotent, a comment is not), so a failed comment retries both and a
 * failed tag says nothing yet. The set of gaps is claimed for a short lease while Asana is asked and
 * remembered once the comment is made, so a run that stopped half-way is taken up by a later one.
 * The compliance report keeps listing the task until it is fixed.
 * @example await flagMissingFields(tracker, 'asana:1209…', webinar, ['Set the KPI/goal'], { guard, now }) // true: commented
 */
export async function flagMissingFields(
  tracker: Pick<Tracker, 'addComment'>,
  taskId: string,
  template: Pick<Template, 'id' | 'name'>,
  fixes: readonly string[],
  memory: ClaimMemory,
  tag?: () => Promise<void>,
): Promise<boolean> {
  if (fixes.length === 0) return false;
  const gaps = createHash('sha256').update(JSON.stringify([template.id, [...fixes].sort()])).digest('hex').slice(0, 32);
  const key = `asana-flag:${taskId}:${gaps}`;
  if (!(await claimTask(memory, key))) return false;
  const comment: Comment = {
    paragraphs: [
      [{ text: `Mops: this task follows the ${template.name} template and is missing what it requires:` }],
      ...fixes.map((fix) => [{ text: `• ${fix}` }]),
      [{ text: 'Asana cannot hold a task back, so Mops flags it here and lists it in the compliance report until these are filled in.' }],
    ],
  };
  try {
    await tag?.();
    await tracker.addComment(taskId, comment);
  } catch (error) {
    await memory.guard.forget(key);
    throw error;
  }
  await rememberDone(memory, key);
  return true;
}
