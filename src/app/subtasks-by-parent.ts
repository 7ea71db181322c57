import type { Task } from '../core/task/task';

/** Children of each task, by parent id, in the order the tasks were given. */
export function subtasksByParent(tasks: readonly Task[]): ReadonlyMap<string, Task[]> {
  const children = new Map<string, Task[]>();
  for (const task of tasks) {
    if (task.parentId === undefined) continue;
    const siblings = children.get(task.parentId);
    if (siblings) siblings.push(task);
    else children.set(task.parentId, [task]);
  }
  return children;
}
