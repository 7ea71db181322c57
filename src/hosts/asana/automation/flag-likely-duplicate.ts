import type { DuplicateFinding } from '../../../app/ports/task-state';
import type { AsanaHttp } from '../api/asana-http';
import { claimTask, type ClaimMemory, rememberDone } from './task-claims';
import { DUPLICATE_TAG, type WorkspaceTags } from './workspace-tags';

/**
 * Whether any finding is at the likely-duplicate level, leaving out what a person dismissed.
 * @example hasLikelyDuplicate([{ taskId: 'BRD-1', decision: 'likely-duplicate', … }], []) // true
 */
export function hasLikelyDuplicate(findings: readonly Pick<DuplicateFinding, 'taskId' | 'decision'>[], dismissed: readonly string[] = []): boolean {
  return findings.some((finding) => finding.decision === 'likely-duplicate' && !dismissed.includes(finding.taskId));
}

/**
 * Asana cannot hold a duplicate back, so Mops tags it "Mops: possible duplicate" for people to find and
 * remediate, once per task: the replay guard's claim makes redelivered and concurrent events call
 * nothing, and a failed tag releases the claim (and throws) so the next event for the task tags it.
 * The claim is a short lease until the tag is added, then remembered, so a run that stopped half-way
 * leaves the task to be tagged by a later event (adding a tag twice is harmless).
 * `http` is asked for only when there is something to do.
 * @example await flagLikelyDuplicate(tags, () => workspaces.appHttp(ws), { workspaceGid: ws, taskGid: '1209' }, { guard, now }) // true: tagged
 */
export async function flagLikelyDuplicate(tags: WorkspaceTags, http: () => Promise<AsanaHttp>, task: { workspaceGid: string; taskGid: string }, memory: ClaimMemory): Promise<boolean> {
  const key = `asana-tag-duplicate:${task.workspaceGid}:${task.taskGid}`;
  if (!(await claimTask(memory, key))) return false;
  try {
    await tags.tagTask(await http(), task.workspaceGid, task.taskGid, DUPLICATE_TAG);
  } catch (error) {
    await memory.guard.forget(key);
    throw error;
  }
  await rememberDone(memory, key);
  return true;
}
