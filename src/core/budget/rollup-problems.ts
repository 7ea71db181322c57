/**
 * Data the roll-up could not place as the tracker described it. Each one says what was done instead, so
 * the money is still counted and the report can show why a task sits where it does.
 */
export type RollupProblem =
  | { kind: 'parent-cycle'; taskIds: string[]; detachedTaskId: string; message: string }
  | { kind: 'missing-parent'; taskId: string; parentId: string; message: string }
  | { kind: 'unknown-project'; projectId: string; taskIds: string[]; message: string }
  | { kind: 'unknown-portfolio'; portfolioId: string; projectIds: string[]; message: string }
  | { kind: 'duplicate-id'; entity: 'task' | 'project' | 'portfolio'; id: string; message: string };
