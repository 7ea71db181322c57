import type { DuplicateCandidate, DuplicateIndex } from '../../core/duplicates';

/**
 * Where the organisation's duplicate index lives between events (Forge SQL, PostgreSQL, …). Hosts
 * keep it warm in memory; `put` and `remove` make each change durable as it happens.
 */
export interface DuplicateIndexStore {
  load(): Promise<DuplicateIndex>;
  put(candidate: DuplicateCandidate): Promise<void>;
  remove(taskId: string): Promise<void>;
}
