import type { Task } from '../task/task';
import type { RollupProblem } from './rollup-problems';

export interface ParentLinks {
  /** Each task's parent task id after repairs; undefined means top level of its project. */
  parentOf: Map<string, string | undefined>;
  problems: RollupProblem[];
}

const UNVISITED = 0;
const ON_PATH = 1;
const SETTLED = 2;

/**
 * Follows every task's parentId once, without recursion, so neither deep chains nor cycles can hang
 * or overflow the stack. A parent that does not exist makes the task top level of its project; a cycle
 * is broken by detaching the member with the smallest id (so the same data always gives the same tree).
 * Both are reported, and no task is dropped.
 * @example resolveParentLinks([{ id: 'A', parentId: 'B' }, { id: 'B', parentId: 'A' }]).parentOf
 * // Map { 'A' => undefined, 'B' => 'A' } with one 'parent-cycle' problem
 */
export function resolveParentLinks(tasks: readonly Pick<Task, 'id' | 'key' | 'parentId'>[]): ParentLinks {
  const known = new Set(tasks.map((task) => task.id));
  const keyOf = new Map(tasks.map((task) => [task.id, task.key]));
  const parentOf = new Map<string, string | undefined>();
  const problems: RollupProblem[] = [];
  for (const task of tasks) {
    const parentId = task.parentId;
    if (parentId !== undefined && !known.has(parentId)) {
      problems.push({
        kind: 'missing-parent',
        taskId: task.id,
        parentId,
        message: `Task ${task.key} names parent "${parentId}", which is not among the tasks read; it is counted as top level of its project`,
      });
      parentOf.set(task.id, undefined);
    } else {
      parentOf.set(task.id, parentId);
    }
  }

  const state = new Map<string, number>();
  for (const task of tasks) {
    const path: string[] = [];
    let current: string | undefined = task.id;
    while (current !== undefined && (state.get(current) ?? UNVISITED) === UNVISITED) {
      state.set(current, ON_PATH);
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && state.get(current) === ON_PATH) {
      const cycle = path.slice(path.indexOf(current));
      const detached = [...cycle].sort()[0] ?? current;
      parentOf.set(detached, undefined);
      const start = cycle.indexOf(detached);
      const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
      problems.push({
        kind: 'parent-cycle',
        taskIds: ordered,
        detachedTaskId: detached,
        message: `The parent chain ${[...ordered, detached].map((id) => keyOf.get(id) ?? id).join(' → ')} loops; ${keyOf.get(detached) ?? detached} is counted as top level of its project until the tracker is fixed`,
      });
    }
    for (const id of path) state.set(id, SETTLED);
  }
  return { parentOf, problems };
}
