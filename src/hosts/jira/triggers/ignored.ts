import type { MopsLog } from '../composition';

/** What an entry point answers when it did nothing, and why. */
export interface Ignored {
  outcome: 'ignored';
  reason: string;
}

/**
 * Logs why an event was left alone and says so to the caller (tests read it; Forge discards it).
 * @example return ignored(log, 'issue created', 'Mops is not configured')
 */
export function ignored(log: MopsLog, what: string, reason: string): Ignored {
  log('warn', `Mops ignored ${what}: ${reason}`);
  return { outcome: 'ignored', reason };
}
