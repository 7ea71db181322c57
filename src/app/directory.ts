import type { Person } from '../core/capacity/calendar';
import type { Project, Team } from '../core/org/organisation';

/**
 * The names behind the ids tasks carry, as far as the host knows them: the local host knows every
 * person, team and project; Jira knows the people admins saved (by account id) and projects only by the
 * key in each issue key. What the directory lacks is shown by the best label left, never left blank.
 */
export interface Directory {
  people?: readonly Pick<Person, 'id' | 'name'>[];
  teams?: readonly Pick<Team, 'id' | 'name'>[];
  projects?: readonly Pick<Project, 'id' | 'key' | 'name'>[];
}

/** Looks names up by id; undefined when the directory does not know the id. */
export interface NameLookup {
  person(id: string): string | undefined;
  team(id: string): string | undefined;
  project(id: string): { key: string; name: string } | undefined;
}

/**
 * One lookup over a directory, built once per answer so each id costs a map read.
 * @example nameLookup({ teams: [{ id: 'team-wrzos', name: 'Wrzos Agency' }] }).team('team-wrzos') // 'Wrzos Agency'
 */
export function nameLookup(directory: Directory = {}): NameLookup {
  const people = new Map((directory.people ?? []).map((person) => [person.id, person.name]));
  const teams = new Map((directory.teams ?? []).map((team) => [team.id, team.name]));
  const projects = new Map((directory.projects ?? []).map((project) => [project.id, { key: project.key, name: project.name }]));
  return { person: (id) => people.get(id), team: (id) => teams.get(id), project: (id) => projects.get(id) };
}

/**
 * A Jira-style key's project part ("ATL" of "ATL-36"), the label people recognise when a project's
 * name is unknown; the id itself when the key has no such part.
 * @example projectKeyOf('ATL-36', '10001') // 'ATL'
 */
export function projectKeyOf(taskKey: string, projectId: string): string {
  const match = /^([A-Za-z][A-Za-z0-9_]*)-\d+$/.exec(taskKey);
  return match?.[1] ?? projectId;
}
