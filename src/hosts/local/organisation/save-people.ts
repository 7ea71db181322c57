import type { Person } from '../../../core/capacity/calendar';
import type { SqlClient } from '../database/sql-client';

/** A people list the organisation cannot take; every problem is named. */
export class InvalidPeopleError extends Error {
  override name = 'InvalidPeopleError';
  constructor(readonly problems: readonly string[]) {
    super(`People not saved: ${problems.join('; ')}`);
  }
}

/**
 * Makes the people table hold exactly `people` (already checked against the Person schema), in one
 * transaction. Refused, with nothing changed, when someone names a team that does not exist, or when
 * the list leaves out a person tasks are still assigned to or owned by.
 * @example await replacePeople(db, [...people, { id: 'p-new', name: 'Nowa Osoba', teamId: 'team-brand', roles: ['designer'], calendar }])
 */
export async function replacePeople(db: SqlClient, people: readonly Person[]): Promise<void> {
  await db.transaction(async (tx) => {
    const teams = new Set((await tx.query<{ id: string }>('SELECT id FROM teams')).map((row) => row.id));
    const problems: string[] = [];
    const seen = new Map<string, number>();
    const linked = new Map<string, number>();
    people.forEach((person, index) => {
      // One Asana user is one person: otherwise whose calendar their Asana tasks land on would be a guess.
      const linkedFirst = person.asanaUserGid === undefined ? undefined : linked.get(person.asanaUserGid);
      if (linkedFirst !== undefined) problems.push(`people.${index}.asanaUserGid: Asana user ${person.asanaUserGid} is already linked to people.${linkedFirst}; link each Asana user to one person`);
      else if (person.asanaUserGid !== undefined) linked.set(person.asanaUserGid, index);
      if (!teams.has(person.teamId)) problems.push(`people.${index}.teamId: team "${person.teamId}" does not exist; known teams: ${[...teams].sort().join(', ')}`);
      const first = seen.get(person.id);
      if (first !== undefined) problems.push(`people.${index}.id: "${person.id}" is already used by people.${first}`);
      else seen.set(person.id, index);
    });
    const ids = [...seen.keys()];
    const stillNeeded = await tx.query<{ id: string; key: string }>(
      `SELECT pe.id, min(t.key) AS key FROM people pe JOIN tasks t ON t.assignee_id = pe.id OR t.owner_id = pe.id
       WHERE NOT (pe.id = ANY($1::text[])) GROUP BY pe.id ORDER BY pe.id`,
      [ids],
    );
    for (const row of stillNeeded) problems.push(`people: "${row.id}" is left out but still assigned to or owns tasks (e.g. ${row.key}); reassign them first or keep the person`);
    if (problems.length > 0) throw new InvalidPeopleError(problems);

    await tx.query('DELETE FROM people WHERE NOT (id = ANY($1::text[]))', [ids]);
    for (const person of people) {
      await tx.query(
        `INSERT INTO people (id, name, team_id, roles, calendar, asana_user_gid) VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, $6)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, team_id = excluded.team_id, roles = excluded.roles, calendar = excluded.calendar, asana_user_gid = excluded.asana_user_gid`,
        [person.id, person.name, person.teamId, JSON.stringify(person.roles), JSON.stringify(person.calendar), person.asanaUserGid ?? null],
      );
    }
  });
}
