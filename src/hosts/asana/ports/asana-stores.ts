import type { TaskState } from '../../../app/ports/task-state';

/**
 * Mops' state for Asana tasks, kept in Mops' own database: Asana's `external.data` needs OAuth and is
 * too small for a task's duplicate findings, so the state lives beside the connection, keyed by gids.
 */
export interface AsanaTaskStateStore {
  load(workspaceGid: string, taskGid: string): Promise<TaskState | undefined>;
  save(workspaceGid: string, taskGid: string, state: TaskState): Promise<void>;
}

/**
 * The Events API's `sync` token per watched resource (a project), so polling resumes where it stopped.
 * Undefined before the first poll.
 */
export interface AsanaSyncTokenStore {
  load(resourceGid: string): Promise<string | undefined>;
  save(resourceGid: string, syncToken: string): Promise<void>;
}

/** Both stores in this process's memory, for tests and a single-process server. */
export function memoryAsanaTaskStateStore(): AsanaTaskStateStore {
  const states = new Map<string, TaskState>();
  return {
    async load(workspaceGid, taskGid) {
      return states.get(`${workspaceGid}/${taskGid}`);
    },
    async save(workspaceGid, taskGid, state) {
      states.set(`${workspaceGid}/${taskGid}`, state);
    },
  };
}

export function memoryAsanaSyncTokenStore(): AsanaSyncTokenStore {
  const tokens = new Map<string, string>();
  return {
    async load(resourceGid) {
      return tokens.get(resourceGid);
    },
    async save(resourceGid, syncToken) {
      tokens.set(resourceGid, syncToken);
    },
  };
}
