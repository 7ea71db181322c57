import type { SqlClient } from '../../local/database/sql-client';
import { Secret } from '../secrets/secret';
import { SqlAsanaOAuthStates } from './sql-asana-oauth-states';
import { describeOnEachDatabase } from './testing/each-database';
import { testSecretBox } from './testing/test-secret-box';

const box = testSecretBox();
const STATE = 'b9Yx3kQz0r6T1mVn8pLc2wHs5dFg7jKa4eUo9iRt0yE';
const pending = {
  purpose: 'connect' as const,
  personId: 'p-agnieszka-nowak',
  codeVerifier: new Secret('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
  createdAt: new Date('2026-11-23T09:00:00Z'),
  expiresAt: new Date('2026-11-23T09:10:00Z'),
};

describeOnEachDatabase('SqlAsanaOAuthStates', (database) => {
  let db: SqlClient;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_oauth_states');
  });

  it('gives a pending authorization back once, with its verifier, and stores neither state nor verifier in clear', async () => {
    const states = new SqlAsanaOAuthStates(db, box);
    await states.begin(STATE, pending);
    expect(JSON.stringify(await db.query('SELECT * FROM asana_oauth_states'))).not.toMatch(/b9Yx3kQz|dBjftJeZ/);

    const finished = await states.consume(STATE);
    expect(finished?.personId).toBe('p-agnieszka-nowak');
    expect(finished?.codeVerifier.reveal()).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(finished?.expiresAt).toEqual(new Date('2026-11-23T09:10:00Z'));
    expect(await states.consume(STATE)).toBeUndefined();
    expect(await states.consume('a-state-nobody-issued')).toBeUndefined();
  });

  it('gives back what a sign-in is for and where it returns; a connect kept before purposes existed reads as a connect', async () => {
    const states = new SqlAsanaOAuthStates(db, box);
    await states.begin(STATE, { ...pending, purpose: 'sign-in', returnTo: '/asana/workspaces/1200/reports/budget' });
    await states.begin('state-of-a-connect-00000000000000000000000000', { ...pending, purpose: 'sign-in' });
    // As a row written before the purpose column: the migration's default fills it in.
    await db.query("UPDATE asana_oauth_states SET purpose = DEFAULT WHERE return_to IS NULL");
    expect(await states.consume(STATE)).toMatchObject({ purpose: 'sign-in', returnTo: '/asana/workspaces/1200/reports/budget', personId: 'p-agnieszka-nowak' });
    const connect = await states.consume('state-of-a-connect-00000000000000000000000000');
    expect([connect?.purpose, connect && 'returnTo' in connect]).toEqual(['connect', false]);
  });

  it('hands a state to exactly one of two racing callbacks', async () => {
    await new SqlAsanaOAuthStates(db, box).begin(STATE, pending);
    const results = await Promise.all([new SqlAsanaOAuthStates(db, box).consume(STATE), new SqlAsanaOAuthStates(db, box).consume(STATE)]);
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
  });

  it('sweeps expired authorizations when a new one starts', async () => {
    const states = new SqlAsanaOAuthStates(db, box);
    await states.begin('state-from-monday-000000000000000000000000', { ...pending, createdAt: new Date('2026-11-16T09:00:00Z'), expiresAt: new Date('2026-11-16T09:10:00Z') });
    await states.begin(STATE, pending);
    expect(await db.query('SELECT count(*)::int AS pending FROM asana_oauth_states')).toEqual([{ pending: 1 }]);
  });
});
