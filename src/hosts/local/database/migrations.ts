/** One step of the schema, applied once, in order, inside a transaction with its bookkeeping row. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/*
 * Conventions every query relies on:
 * - instants are `timestamptz`, read back through `mops_iso()` so both engines return the same ISO text;
 * - calendar dates are `date`, read back as `::text` ('YYYY-MM-DD');
 * - whatever Mops' zod schemas own (calendars, budgets, template refs, task state, settings) is `jsonb`
 *   and parsed with the same schema on the way out.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'organisation, tasks and Mops state',
    statements: [
      // Milliseconds only when there are some, so '2026-11-20T09:00:00Z' comes back exactly as stored.
      `CREATE FUNCTION mops_iso(at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
         SELECT to_char(at AT TIME ZONE 'UTC', CASE WHEN date_trunc('second', at) = at THEN 'YYYY-MM-DD"T"HH24:MI:SS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' END)
       $$`,
      `CREATE TABLE organisation (
         id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
         name text NOT NULL,
         seeded_from text,
         created_at timestamptz NOT NULL
       )`,
      `CREATE TABLE teams (
         id text PRIMARY KEY,
         name text NOT NULL,
         kind text NOT NULL CHECK (kind IN ('internal', 'agency'))
       )`,
      `CREATE TABLE people (
         id text PRIMARY KEY,
         name text NOT NULL,
         team_id text NOT NULL REFERENCES teams (id),
         roles jsonb NOT NULL DEFAULT '[]',
         calendar jsonb NOT NULL
       )`,
      `CREATE TABLE portfolios (
         id text PRIMARY KEY,
         name text NOT NULL
       )`,
      `CREATE TABLE projects (
         id text PRIMARY KEY,
         key text NOT NULL UNIQUE,
         name text NOT NULL,
         portfolio_id text NOT NULL REFERENCES portfolios (id),
         team_id text REFERENCES teams (id),
         next_task_number integer NOT NULL DEFAULT 1 CHECK (next_task_number > 0)
       )`,
      `CREATE SEQUENCE task_number START 10001`,
      `CREATE TABLE tasks (
         id text PRIMARY KEY,
         key text NOT NULL UNIQUE,
         title text NOT NULL,
         description text NOT NULL DEFAULT '',
         project_id text NOT NULL REFERENCES projects (id),
         team_id text REFERENCES teams (id),
         parent_id text REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
         type text NOT NULL,
         labels jsonb NOT NULL DEFAULT '[]',
         components jsonb NOT NULL DEFAULT '[]',
         status text NOT NULL,
         status_category text NOT NULL CHECK (status_category IN ('todo', 'in_progress', 'done')),
         assignee_id text REFERENCES people (id),
         owner_id text REFERENCES people (id),
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         start_date date,
         due_date date,
         estimate_minutes integer CHECK (estimate_minutes >= 0),
         remaining_minutes integer CHECK (remaining_minutes >= 0),
         budget jsonb,
         fields jsonb NOT NULL DEFAULT '{}',
         template jsonb,
         template_step_id text
       )`,
      `CREATE INDEX tasks_by_project ON tasks (project_id)`,
      `CREATE INDEX tasks_by_parent ON tasks (parent_id)`,
      `CREATE INDEX tasks_by_team ON tasks (team_id)`,
      `CREATE TABLE task_state (
         task_id text PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
         state jsonb NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE TABLE comments (
         id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         task_id text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
         author_id text,
         body jsonb NOT NULL,
         created_at timestamptz NOT NULL
       )`,
      `CREATE INDEX comments_by_task ON comments (task_id, id)`,
      `CREATE TABLE links (
         from_task_id text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
         to_task_id text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
         kind text NOT NULL CHECK (kind IN ('duplicate', 'relates')),
         created_by text,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (from_task_id, to_task_id, kind)
       )`,
      `CREATE INDEX links_by_target ON links (to_task_id)`,
      `CREATE TABLE settings (
         version integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         schema_version integer NOT NULL,
         settings jsonb NOT NULL,
         saved_at timestamptz NOT NULL,
         saved_by text
       )`,
      // A removed task keeps its row with no candidate, so other processes see the removal by revision.
      `CREATE SEQUENCE duplicate_revision`,
      `CREATE TABLE duplicate_candidates (
         task_id text PRIMARY KEY,
         candidate jsonb,
         revision bigint NOT NULL
       )`,
      `CREATE INDEX duplicate_candidates_by_revision ON duplicate_candidates (revision)`,
      `CREATE TABLE leases (
         key text PRIMARY KEY,
         token text NOT NULL,
         expires_at timestamptz NOT NULL
       )`,
    ],
  },
  {
    version: 2,
    name: 'Asana connections, OAuth states, webhook secrets and replay keys, Asana task state and sync tokens',
    statements: [
      // Columns named *_sealed hold SecretBox envelopes (AES-256-GCM under MOPS_SECRET_KEY), never plain text.
      `CREATE TABLE asana_connections (
         id text PRIMARY KEY,
         kind text NOT NULL CHECK (kind IN ('pat', 'oauth')),
         asana_user_gid text NOT NULL,
         asana_user_name text NOT NULL,
         access_token_sealed text NOT NULL,
         refresh_token_sealed text,
         access_expires_at timestamptz,
         connected_by text NOT NULL,
         connected_at timestamptz NOT NULL,
         refreshed_at timestamptz,
         CHECK ((kind = 'oauth') = (refresh_token_sealed IS NOT NULL)),
         CHECK (kind = 'oauth' OR access_expires_at IS NULL)
       )`,
      // One connection per workspace; a personal access token may serve several workspaces.
      `CREATE TABLE asana_connection_workspaces (
         workspace_gid text PRIMARY KEY,
         workspace_name text NOT NULL,
         connection_id text NOT NULL REFERENCES asana_connections (id) ON DELETE CASCADE
       )`,
      `CREATE INDEX asana_connection_workspaces_by_connection ON asana_connection_workspaces (connection_id)`,
      // The state itself is never stored, only its SHA-256: reading the table does not let anyone finish a flow.
      `CREATE TABLE asana_oauth_states (
         state_hash text PRIMARY KEY,
         person_id text NOT NULL,
         code_verifier_sealed text NOT NULL,
         created_at timestamptz NOT NULL,
         expires_at timestamptz NOT NULL
       )`,
      `CREATE TABLE asana_webhook_receivers (
         receiver_id text PRIMARY KEY,
         handshake_until timestamptz,
         secret_sealed text,
         confirmed_at timestamptz,
         CHECK ((secret_sealed IS NULL) = (confirmed_at IS NULL))
       )`,
      `CREATE TABLE asana_subscriptions (
         project_gid text PRIMARY KEY,
         workspace_gid text NOT NULL,
         receiver_id text NOT NULL UNIQUE,
         webhook_gid text UNIQUE,
         subscribed_by text,
         created_at timestamptz NOT NULL
       )`,
      `CREATE TABLE asana_replay_keys (
         key text PRIMARY KEY,
         expires_at timestamptz NOT NULL
       )`,
      `CREATE INDEX asana_replay_keys_by_expiry ON asana_replay_keys (expires_at)`,
      `CREATE TABLE asana_task_state (
         workspace_gid text NOT NULL,
         task_gid text NOT NULL,
         state jsonb NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (workspace_gid, task_gid)
       )`,
      `CREATE TABLE asana_sync_tokens (
         resource_gid text PRIMARY KEY,
         sync_token text NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
    ],
  },
  {
    version: 3,
    name: 'Asana team subscriptions and rule action configurations',
    statements: [
      // A team webhook (project added) sits beside the project webhooks; its row's project_gid holds the team's gid.
      `ALTER TABLE asana_subscriptions ADD COLUMN resource_type text NOT NULL DEFAULT 'project' CHECK (resource_type IN ('project', 'team'))`,
      // What a person chose in a rule action's form; Asana sends only the action's gid when the rule runs.
      `CREATE TABLE asana_rule_actions (
         action_gid text PRIMARY KEY,
         workspace_gid text NOT NULL,
         project_gid text NOT NULL,
         action_type text NOT NULL,
         config jsonb NOT NULL,
         saved_by text NOT NULL,
         saved_at timestamptz NOT NULL
       )`,
    ],
  },
  {
    version: 4,
    name: 'Asana viewer sessions (Sign in with Asana)',
    statements: [
      // The one OAuth callback finishes connecting a workspace or a viewer's sign-in; rows from before are connects.
      `ALTER TABLE asana_oauth_states ADD COLUMN purpose text NOT NULL DEFAULT 'connect' CHECK (purpose IN ('connect', 'sign-in'))`,
      `ALTER TABLE asana_oauth_states ADD COLUMN return_to text`,
      // Keyed by the SHA-256 of the cookie's session id: a copy of this table opens no session.
      `CREATE TABLE asana_viewer_sessions (
         session_hash text PRIMARY KEY,
         person_id text NOT NULL,
         kind text NOT NULL CHECK (kind IN ('pat', 'oauth')),
         asana_user_gid text NOT NULL,
         asana_user_name text NOT NULL,
         workspaces jsonb NOT NULL,
         access_token_sealed text NOT NULL,
         refresh_token_sealed text,
         access_expires_at timestamptz,
         created_at timestamptz NOT NULL,
         expires_at timestamptz NOT NULL,
         refreshed_at timestamptz,
         CHECK ((kind = 'oauth') = (refresh_token_sealed IS NOT NULL))
       )`,
      `CREATE INDEX asana_viewer_sessions_by_expiry ON asana_viewer_sessions (expires_at)`,
    ],
  },
  {
    version: 5,
    name: "People's accounts in the trackers (an Asana user's tasks count as the linked person's)",
    statements: [
      // One row per person and host; a host's account belongs to at most one person, whoever saves the rows.
      `CREATE TABLE people_accounts (
         person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
         host text NOT NULL CHECK (host ~ '^[a-z][a-z0-9-]{0,31}$'),
         account_id text NOT NULL CHECK (account_id ~ '^\\S{1,200}$'),
         PRIMARY KEY (person_id, host),
         UNIQUE (host, account_id),
         -- Asana's own format (AsanaUserGid): the Asana module reads these links as user gids.
         CHECK (host <> 'asana' OR account_id ~ '^[0-9]{1,64}$')
       )`,
    ],
  },
];
