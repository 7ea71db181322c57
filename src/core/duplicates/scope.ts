import { z } from 'zod';
import { Instant } from '../dates/local-date';

/**
 * Which indexed tasks a query may return. The "as of" instant is a parameter, never the clock, so the
 * same query gives the same answer in a test, a replay and production.
 */
export const DuplicateScope = z
  .object({
    /** Tasks never returned, typically the query task itself (added automatically when it has an id). */
    excludeTaskIds: z.array(z.string().min(1)).default([]),
    /** 'exclude' looks only at other projects: the cross-team case. */
    sameProject: z.enum(['include', 'exclude']).default('include'),
    sameTeam: z.enum(['include', 'exclude']).default('include'),
    /** Skip tasks closed more than this many days before `asOf`; requires `asOf`. */
    closedWithinDays: z.number().int().nonnegative().optional(),
    asOf: Instant.optional(),
    /** Only tasks created strictly before this instant: what existed when the query task was created. */
    createdBefore: Instant.optional(),
  })
  .refine((scope) => scope.closedWithinDays === undefined || scope.asOf !== undefined, {
    error: (issue) =>
      `scope.closedWithinDays is ${String((issue.input as { closedWithinDays?: unknown }).closedWithinDays)} but scope.asOf is missing; pass the as-of instant, e.g. "2026-01-15T00:00:00Z"`,
  });
export type DuplicateScope = z.infer<typeof DuplicateScope>;
export type DuplicateScopeInput = z.input<typeof DuplicateScope>;

/** The indexed facts a scope looks at. */
export interface ScopedTask {
  id: string;
  projectId: string;
  teamId: string | undefined;
  createdAtMs: number;
  /** NaN while the task is open. */
  closedAtMs: number;
}

const DAY_MS = 86_400_000;

/**
 * Compiles a scope into a predicate for one query task.
 *
 * @example
 * const inScope = scopePredicate(DuplicateScope.parse({ sameProject: 'exclude' }), { projectId: 'WEB' });
 * inScope({ id: '7', projectId: 'WEB', teamId: undefined, createdAtMs: 0, closedAtMs: NaN }) // false
 */
export function scopePredicate(
  scope: DuplicateScope,
  query: { id?: string; projectId?: string; teamId?: string },
): (task: ScopedTask) => boolean {
  const excluded = new Set(scope.excludeTaskIds);
  if (query.id !== undefined) excluded.add(query.id);
  const closedAfterMs =
    scope.closedWithinDays !== undefined && scope.asOf !== undefined ? Date.parse(scope.asOf) - scope.closedWithinDays * DAY_MS : undefined;
  const createdBeforeMs = scope.createdBefore !== undefined ? Date.parse(scope.createdBefore) : undefined;
  const excludeProject = scope.sameProject === 'exclude' ? query.projectId : undefined;
  const excludeTeam = scope.sameTeam === 'exclude' ? query.teamId : undefined;
  return (task) => {
    if (excluded.has(task.id)) return false;
    if (excludeProject !== undefined && task.projectId === excludeProject) return false;
    if (excludeTeam !== undefined && task.teamId === excludeTeam) return false;
    if (createdBeforeMs !== undefined && !(task.createdAtMs < createdBeforeMs)) return false;
    if (closedAfterMs !== undefined && task.closedAtMs < closedAfterMs) return false;
    return true;
  };
}
