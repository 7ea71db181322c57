import type { QueryParams } from '../database/query-params';
import type { Principal } from './principal';

/*
 * Who may see what in the local host — a small, real stand-in for Jira's project permissions:
 * - Mops itself (automation) sees every project.
 * - A person of an in-house team sees the projects their team owns, the projects no team owns (shared
 *   with everyone, like "Atlas 3 Launch"), and any project their team has work in.
 * - A person of an agency sees only the projects their agency has work in: outside vendors do not
 *   browse the company's other plans.
 * "Has work in" means at least one task of the project names the team as the team doing it.
 * A task is visible when its project is; an unknown person sees nothing.
 */

/**
 * SQL selecting the ids of the projects `principal` may see, or undefined for the app (no limit).
 * @example visibleProjectIdsSql(asPerson('p-jakub-mazur'), params) // "SELECT p.id FROM projects p JOIN people me ON me.id = $1 …"
 */
export function visibleProjectIdsSql(principal: Principal, params: QueryParams): string | undefined {
  if (principal.kind === 'app') return undefined;
  const person = params.add(principal.personId);
  return `SELECT p.id FROM projects p
    JOIN people me ON me.id = ${person}
    JOIN teams my_team ON my_team.id = me.team_id
    WHERE (my_team.kind = 'internal' AND (p.team_id = me.team_id OR p.team_id IS NULL))
       OR EXISTS (SELECT 1 FROM tasks work WHERE work.project_id = p.id AND work.team_id = me.team_id)`;
}

/**
 * A condition on the task aliased `alias` that holds when `principal` may see it.
 * @example `WHERE t.id = $1 AND ${visibleTaskCondition(principal, params)}`
 */
export function visibleTaskCondition(principal: Principal, params: QueryParams, alias = 't'): string {
  const projects = visibleProjectIdsSql(principal, params);
  return projects === undefined ? 'TRUE' : `${alias}.project_id IN (${projects})`;
}
