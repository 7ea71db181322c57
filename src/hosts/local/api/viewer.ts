import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { Person } from '../../../core/capacity/calendar';
import type { SqlClient } from '../database/sql-client';
import { parseStoredRow } from '../database/stored-row';
import { asPerson, type Principal } from '../tracker/principal';
import { ApiRefusal } from './api-refusal';

/*
 * Who is asking. In Jira, Forge tells a resolver the account of the person looking at the page; the
 * local host has no login, so the page says whom it acts as: the `X-Mops-User` header, else the
 * `mops_user` cookie, else the server's default person (MOPS_USER, else the demo's brand marketer).
 * This is a stand-in for trying the app as different people, not authentication: the server listens on
 * 127.0.0.1 only.
 */
export const USER_HEADER = 'X-Mops-User';
export const USER_COOKIE = 'mops_user';
/** Agnieszka Nowak, Brand & Content: she sees the planted cross-team duplicates from both sides. */
export const DEMO_DEFAULT_PERSON = 'p-agnieszka-nowak';

export interface Viewer {
  person: Person;
  teamKind: 'internal' | 'agency';
  principal: Principal;
}

const PersonId = z.string().trim().min(1).max(200);
const TeamKind = z.enum(['internal', 'agency']);

async function personRow(db: SqlClient, personId: string): Promise<Viewer | undefined> {
  const rows = await db.query('SELECT pe.id, pe.name, pe.team_id, pe.roles, pe.calendar, te.kind FROM people pe JOIN teams te ON te.id = pe.team_id WHERE pe.id = $1', [personId]);
  const row = rows[0];
  if (row === undefined) return undefined;
  const person = parseStoredRow(Person, 'people', personId, { id: row.id, name: row.name, teamId: row.team_id, roles: row.roles, calendar: row.calendar });
  return { person, teamKind: parseStoredRow(TeamKind, 'teams', person.teamId, row.kind), principal: asPerson(person.id) };
}

/**
 * The person a request acts as; naming someone who is not in the organisation is refused.
 * @example await resolveViewer(db, 'p-jakub-mazur', undefined) // { person: { name: 'Jakub Mazur', … }, teamKind: 'agency', … }
 */
export async function resolveViewer(db: SqlClient, requested: string | undefined, defaultPersonId: string | undefined): Promise<Viewer> {
  if (requested !== undefined) {
    const id = PersonId.safeParse(requested);
    const viewer = id.success ? await personRow(db, id.data) : undefined;
    if (viewer) return viewer;
    const known = await db.query<{ id: string }>('SELECT id FROM people ORDER BY id LIMIT 5');
    throw new ApiRefusal(
      'no-permission',
      `${USER_HEADER} (or the ${USER_COOKIE} cookie) names "${requested}", who is not a person in this organisation; use a person id such as ${known.map((row) => row.id).join(', ') || '(no people yet)'}`,
    );
  }
  for (const candidate of [defaultPersonId, DEMO_DEFAULT_PERSON]) {
    if (candidate === undefined) continue;
    const viewer = await personRow(db, candidate);
    if (viewer) return viewer;
  }
  const first = await db.query<{ id: string }>("SELECT pe.id FROM people pe JOIN teams te ON te.id = pe.team_id ORDER BY te.kind = 'internal' DESC, pe.id LIMIT 1");
  const fallback = first[0] ? await personRow(db, first[0].id) : undefined;
  if (!fallback) throw new ApiRefusal('unavailable', 'This organisation has no people yet, so there is nobody to act as');
  return fallback;
}

/**
 * The person id a request names, from its header or cookie; undefined when it names none.
 * @example requestedPersonId(c) // 'p-jakub-mazur'
 */
export function requestedPersonId(c: Context): string | undefined {
  const fromHeader = c.req.header(USER_HEADER);
  if (fromHeader !== undefined && fromHeader.trim() !== '') return fromHeader;
  const fromCookie = getCookie(c, USER_COOKIE);
  return fromCookie !== undefined && fromCookie.trim() !== '' ? fromCookie : undefined;
}
