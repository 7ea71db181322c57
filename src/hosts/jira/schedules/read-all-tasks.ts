import type { Tracker } from '../../../app/ports/tracker';
import type { Task } from '../../../core/task/task';
import { withBoundedSearch } from '../reports/bounded-search';

/**
 * Every task the tracker's principal can see, in pages, stopping before `maxCalls` host calls so a
 * scheduled run stays inside Forge's 100 requests per invocation. `complete` is false when it stopped
 * early (on a site whose issues fill exactly that many pages, it may say so needlessly).
 * @example const { tasks, complete } = await readAllTasks(appTracker, 80)
 */
export async function readAllTasks(tracker: Tracker, maxCalls: number): Promise<{ tasks: Task[]; complete: boolean }> {
  const start = tracker.hostCalls();
  const pages = withBoundedSearch(tracker).searchTasks({})[Symbol.asyncIterator]();
  const tasks: Task[] = [];
  for (;;) {
    if (tracker.hostCalls() - start >= maxCalls) {
      await pages.return?.();
      return { tasks, complete: false };
    }
    const page = await pages.next();
    if (page.done) return { tasks, complete: true };
    tasks.push(...page.value);
  }
}
