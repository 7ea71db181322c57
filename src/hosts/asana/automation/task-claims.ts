import type { ReplayGuard } from '../replay-guard';

/**
 * How long a claim holds while its Asana call runs. That is far longer than a run takes, and short enough
 * that a run which stopped half-way (a crash, a deploy) leaves the next event for the task to try again
 * instead of leaving the claim taken for good.
 */
export const CLAIM_LEASE_SECONDS = 10 * 60;

/** A flag or an attachment is remembered this long once made; a year outlives any campaign. */
export const DONE_MEMORY_SECONDS = 365 * 24 * 60 * 60;

/** The replay guard and the time to claim at. */
export interface ClaimMemory {
  guard: ReplayGuard;
  now: Date;
}

/**
 * Claims `key` for one run, for CLAIM_LEASE_SECONDS: true for the run that may act; false while another
 * run holds the claim, or once the act is remembered as done.
 * @example if (await claimTask(memory, `asana-tag-duplicate:${ws}:${task}`)) … // true the first time
 */
export function claimTask(memory: ClaimMemory, key: string): Promise<boolean> {
  return memory.guard.firstUse(key, CLAIM_LEASE_SECONDS, memory.now);
}

/**
 * Turns a run's claim into DONE_MEMORY_SECONDS once its act succeeded. The replay guard cannot extend a
 * key, so the claim is released and taken again: a run arriving in that instant finds it free and acts
 * again, which errs towards doing twice, never towards not doing (tags are idempotent in Asana; the
 * widget's attachments are read before posting).
 * @example await rememberDone(memory, `asana-tag-duplicate:${ws}:${task}`)
 */
export async function rememberDone(memory: ClaimMemory, key: string): Promise<void> {
  await memory.guard.forget(key);
  await memory.guard.firstUse(key, DONE_MEMORY_SECONDS, memory.now);
}
