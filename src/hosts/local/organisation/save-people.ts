import type { Person } from '../../../core/capacity/calendar';
import { peopleSchema } from '../../../core/capacity/people';
import { ASANA_ACCOUNT_HOST, AsanaUserGid } from '../../asana/workspace/asana-user-links';
import type { SqlClient } from '../database/sql-client';
import { insertPersonAccounts } from './organisation-rows';

/**
 * The people list this database takes: each id once, each account linked to one person, and Asana
 * accounts as Asana user gids, as the people_accounts table insists too (the Asana module shares it).
 */
export const LocalPeople = peopleSchema({ [ASANA_ACCOUNT_HOST]: AsanaUserGid });

/** A people list the organisation cannot take; every problem is named. */
export class InvalidPeopleError extends Error {
  override name = 'InvalidPeopleError';
  constructor(readonly problems: readonly string[]) {
    super(`People not saved: ${problems.join('; ')}`);
  }
}

/**
 * Makes the people table hold exactly `people`, in one transaction. Refused, with nothing changed, when
 * the list breaks LocalPeople (a person twice, one account for two people, an Asana account that is not
 * a gid), when someone names a team that does not exist, or when the list leaves out a person tasks are
 * still assigned to or owned by.
 * @example await replacePeople(db, [...people, { id: 'p-new', name: 'Nowa Osoba', teamId: 'team-brand', roles: ['designer'], calendar, accounts: { asana: '1201234567890123' } }])
 */
export async function replacePeople(db: SqlClient, people: readonly Person[]): Promise<void> {
  const list = LocalPeople.safeParse(people);
  const problems = (list.error?.issues ?? []).map((issue) => `${['people', ...issue.path.map(String)].join('.')}: ${issue.message}`);
  await db.transaction(async (tx) => {
    const teams = new Set((await tx.query<{ id: string }>('SELECT id FROM teams')).map((row) => row.id));
    people.forEach((person, index) => {
      if (!teams.has(person.teamId)) problems.push(`people.${index}.teamId: team "${person.teamId}" does not exist; known teams: ${[...teams].sort().join(', ')}`);
    });
    const ids = [...new Set(people.map((person) => person.id))];
    const stillNeeded = await tx.query<{ id: string; key: string }>(
      `SELECT pe.id, min(t.key) AS key FROM people pe JOIN tasks t ON t.assignee_id = pe.id OR t.owner_id = pe.id
       WHERE NOT (pe.id = ANY($1::text[])) GROUP BY pe.id ORDER BY pe.id`,
      [ids],
    );
    for (const row of stillNeeded) problems.push(`people: "${row.id}" is left out but still assigned to or owns tasks (e.g. ${row.key}); reassign them first or keep the person`);
    if (problems.length > 0) throw new InvalidPeopleError(problems);

    await tx.query('DELETE FROM people WHERE NOT (id = ANY($1::text[]))', [ids]);
    // Accounts may move from one person to another in one save: all go before any comes back.
    await tx.query('DELETE FROM people_accounts');
    for (const person of people) {
      await tx.query(
        `INSERT INTO people (id, name, team_id, roles, calendar) VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, team_id = excluded.team_id, roles = excluded.roles, calendar = excluded.calendar`,
        [person.id, person.name, person.teamId, JSON.stringify(person.roles), JSON.stringify(person.calendar)],
      );
      await insertPersonAccounts(tx, person);
    }
  });
}
