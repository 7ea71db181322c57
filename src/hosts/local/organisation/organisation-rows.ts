import { Person } from '../../../core/capacity/calendar';
import { Portfolio, Project, Team } from '../../../core/org/organisation';
import { QueryParams } from '../database/query-params';
import type { SqlClient } from '../database/sql-client';
import { parseStoredRow, withoutNulls } from '../database/stored-row';
import type { Principal } from '../tracker/principal';
import { visibleProjectIdsSql } from '../tracker/visibility';

const rowId = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/**
 * Everyone whose capacity is planned, with their calendars, checked against the Person schema.
 * @example (await loadPeople(db)).length // 25 in the demo organisation
 */
export async function loadPeople(db: SqlClient): Promise<Person[]> {
  const rows = await db.query(
    `SELECT p.id, p.name, p.team_id, p.roles, p.calendar,
       (SELECT jsonb_object_agg(a.host, a.account_id ORDER BY a.host) FROM people_accounts a WHERE a.person_id = p.id) AS accounts
     FROM people p ORDER BY p.id`,
  );
  return rows.map((row) =>
    parseStoredRow(Person, 'people', rowId(row.id), { id: row.id, name: row.name, teamId: row.team_id, roles: row.roles, calendar: row.calendar, ...(row.accounts == null ? {} : { accounts: row.accounts }) }),
  );
}

/**
 * Stores a person's accounts in the trackers, one row per host; the table's constraints refuse an
 * account another person already has, and an Asana account that is not a gid.
 * @example await insertPersonAccounts(tx, { id: 'p-agnieszka-nowak', accounts: { asana: '1201234567890123' } })
 */
export async function insertPersonAccounts(db: SqlClient, person: Pick<Person, 'id' | 'accounts'>): Promise<void> {
  for (const [host, accountId] of Object.entries(person.accounts ?? {})) {
    await db.query('INSERT INTO people_accounts (person_id, host, account_id) VALUES ($1, $2, $3)', [person.id, host, accountId]);
  }
}

/** @example (await loadTeams(db)).filter((team) => team.kind === 'agency').length // 2 */
export async function loadTeams(db: SqlClient): Promise<Team[]> {
  const rows = await db.query('SELECT id, name, kind FROM teams ORDER BY id');
  return rows.map((row) => parseStoredRow(Team, 'teams', rowId(row.id), row));
}

/** @example (await loadPortfolios(db))[0]?.name // 'Brand & Demand 2026/27' */
export async function loadPortfolios(db: SqlClient): Promise<Portfolio[]> {
  const rows = await db.query('SELECT id, name FROM portfolios ORDER BY id');
  return rows.map((row) => parseStoredRow(Portfolio, 'portfolios', rowId(row.id), row));
}

/**
 * The projects `principal` may see (all of them for the app), by key.
 * @example (await loadProjects(db, asPerson('p-jakub-mazur'))).map((project) => project.key) // ['ATL', 'BRD', 'GRW'] — where the agency works
 */
export async function loadProjects(db: SqlClient, principal: Principal): Promise<Project[]> {
  const params = new QueryParams();
  const visible = visibleProjectIdsSql(principal, params);
  const rows = await db.query(
    `SELECT id, key, name, portfolio_id, team_id FROM projects ${visible === undefined ? '' : `WHERE id IN (${visible})`} ORDER BY key`,
    params.values,
  );
  return rows.map((row) => {
    const present = withoutNulls(row);
    return parseStoredRow(Project, 'projects', rowId(row.id), { id: present.id, key: present.key, name: present.name, portfolioId: present.portfolio_id, teamId: present.team_id });
  });
}

/** The organisation's name, or undefined while the database holds none (before seeding). */
export async function loadOrganisationName(db: SqlClient): Promise<string | undefined> {
  const rows = await db.query<{ name: string }>('SELECT name FROM organisation WHERE id = 1');
  return rows[0]?.name;
}

/** Inserts teams, people, portfolios and projects as given; used when an organisation is loaded. */
export async function insertOrganisationRows(
  db: SqlClient,
  organisation: { teams: readonly Team[]; people: readonly Person[]; portfolios: readonly Portfolio[]; projects: readonly Project[] },
): Promise<void> {
  for (const team of organisation.teams) await db.query('INSERT INTO teams (id, name, kind) VALUES ($1, $2, $3)', [team.id, team.name, team.kind]);
  for (const person of organisation.people) {
    await db.query('INSERT INTO people (id, name, team_id, roles, calendar) VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb)', [
      person.id,
      person.name,
      person.teamId,
      JSON.stringify(person.roles),
      JSON.stringify(person.calendar),
    ]);
    await insertPersonAccounts(db, person);
  }
  for (const portfolio of organisation.portfolios) await db.query('INSERT INTO portfolios (id, name) VALUES ($1, $2)', [portfolio.id, portfolio.name]);
  for (const project of organisation.projects) {
    await db.query('INSERT INTO projects (id, key, name, portfolio_id, team_id) VALUES ($1, $2, $3, $4, $5)', [project.id, project.key, project.name, project.portfolioId, project.teamId ?? null]);
  }
}

/**
 * After tasks were loaded with their own keys, each project's next key number follows its highest one.
 * @example await renumberProjects(tx) // BRD-118 exists → the next task in BRD is BRD-119
 */
export async function renumberProjects(db: SqlClient): Promise<void> {
  await db.query(`UPDATE projects p SET next_task_number = 1 + COALESCE(
    (SELECT max((substring(t.key FROM '-([0-9]+)$'))::integer) FROM tasks t WHERE t.project_id = p.id), 0)`);
}
