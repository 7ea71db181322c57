import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SqlClient } from '../../local/database/sql-client';
import { parseStoredRow } from '../../local/database/stored-row';
import type { AsanaOAuthStateStore, PendingAuthorization } from '../connect/oauth-state';
import type { SecretBox } from '../secrets/secret-box';

const StateRow = z.object({
  purpose: z.enum(['connect', 'sign-in']),
  return_to: z.string().nullable(),
  person_id: z.string(),
  code_verifier_sealed: z.string(),
  created_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
});

function stateHash(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}

/**
 * Pending OAuth authorizations in `asana_oauth_states`, keyed by the SHA-256 of the state (the state
 * itself is never stored) with the PKCE verifier sealed, and what each is for (connect or sign-in, with
 * the path to go back to). `consume` is one `DELETE … RETURNING`, so of two callbacks carrying the same
 * state only one gets it. Starting a new authorization sweeps expired ones.
 * @example await states.begin(state, { personId: 'p-ana', codeVerifier, createdAt: now, expiresAt }); await states.consume(state) // once
 */
export class SqlAsanaOAuthStates implements AsanaOAuthStateStore {
  constructor(
    private readonly db: SqlClient,
    private readonly box: SecretBox,
  ) {}

  async begin(state: string, pending: PendingAuthorization): Promise<void> {
    const hash = stateHash(state);
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM asana_oauth_states WHERE expires_at <= $1::text::timestamptz', [pending.createdAt.toISOString()]);
      await tx.query(
        `INSERT INTO asana_oauth_states (state_hash, person_id, code_verifier_sealed, created_at, expires_at, purpose, return_to)
         VALUES ($1, $2, $3, $4::text::timestamptz, $5::text::timestamptz, $6, $7)`,
        [
          hash,
          pending.personId,
          this.box.seal(pending.codeVerifier, `asana-oauth-state/${hash}`),
          pending.createdAt.toISOString(),
          pending.expiresAt.toISOString(),
          pending.purpose,
          pending.returnTo ?? null,
        ],
      );
    });
  }

  async consume(state: string): Promise<PendingAuthorization | undefined> {
    const hash = stateHash(state);
    const rows = await this.db.query(
      `DELETE FROM asana_oauth_states WHERE state_hash = $1
       RETURNING purpose, return_to, person_id, code_verifier_sealed, mops_iso(created_at) AS created_at, mops_iso(expires_at) AS expires_at`,
      [hash],
    );
    if (rows[0] === undefined) return undefined;
    const row = parseStoredRow(StateRow, 'asana_oauth_states', hash.slice(0, 12), rows[0]);
    return {
      purpose: row.purpose,
      ...(row.return_to === null ? {} : { returnTo: row.return_to }),
      personId: row.person_id,
      codeVerifier: this.box.open(row.code_verifier_sealed, `asana-oauth-state/${hash}`),
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
    };
  }
}
