import { Pool, type PoolClient } from 'pg';
import type { SqlClient, SqlParam, SqlRow } from './sql-client';

export interface PgClientOptions {
  connectionString: string;
  /** Tables live in this schema instead of `public` (tests use a fresh one per run). */
  schema?: string;
  /** Connections kept open at most. */
  max?: number;
}

/**
 * "postgres://mops@db.internal:5432/mops", without the password, for logs and the start-up line.
 * @example redactDatabaseUrl('postgres://mops:s3cret@localhost:5432/mops') // 'postgres://mops@localhost:5432/mops'
 */
export function redactDatabaseUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    url.search = '';
    return url.toString().replace(/:@/, '@');
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function poolClient(client: PoolClient, description: string): SqlClient {
  const inner: SqlClient = {
    description,
    query: async <Row extends SqlRow>(text: string, params: readonly SqlParam[] = []) => (await client.query<Row>(text, [...params])).rows,
    transaction: (work) => work(inner),
    close: async () => {
      throw new Error('Close the database, not a transaction: the transaction ends when its callback returns');
    },
  };
  return inner;
}

/**
 * A PostgreSQL server through a `pg` connection pool: the same queries as PGlite, on a real server.
 * Each transaction holds one pooled connection from BEGIN to COMMIT.
 * @example const db = openPostgres({ connectionString: process.env.DATABASE_URL! });
 */
export function openPostgres(options: PgClientOptions): SqlClient {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`PostgreSQL schema "${options.schema}" is not a plain lower-case identifier (letters, digits, underscore)`);
  }
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the server dropped must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const description = `PostgreSQL at ${redactDatabaseUrl(options.connectionString)}${options.schema ? ` (schema ${options.schema})` : ''}`;
  return {
    description,
    query: async <Row extends SqlRow>(text: string, params: readonly SqlParam[] = []) => (await pool.query<Row>(text, [...params])).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: it is destroyed, not pooled again.
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(poolClient(client, description));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
