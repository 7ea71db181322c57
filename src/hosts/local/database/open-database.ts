import { resolve } from 'node:path';
import { migrate } from './migrate';
import { openPglite } from './pglite-client';
import { openPostgres } from './pg-client';
import type { SqlClient } from './sql-client';

export const DEFAULT_DATA_DIR = '.mops-data';

export interface DatabaseChoice {
  /** A PostgreSQL connection string; when absent, PGlite keeps the data in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
}

/**
 * The database the local host runs on, migrated to the current schema: a real PostgreSQL when
 * `DATABASE_URL` is set, else PGlite with its files in `MOPS_DATA_DIR` (default `.mops-data/`).
 * @example const db = await openDatabase({ dataDir: '/tmp/mops' }); db.description // 'PGlite in /tmp/mops'
 */
export async function openDatabase(choice: DatabaseChoice): Promise<SqlClient> {
  const db = choice.databaseUrl ? openPostgres({ connectionString: choice.databaseUrl }) : await openPglite(resolve(choice.dataDir ?? DEFAULT_DATA_DIR));
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/**
 * Reads the choice from the environment (`DATABASE_URL`, `MOPS_DATA_DIR`); empty values count as unset.
 * @example databaseChoiceFromEnv({ MOPS_DATA_DIR: '/srv/mops' }) // { dataDir: '/srv/mops' }
 */
export function databaseChoiceFromEnv(env: NodeJS.ProcessEnv): DatabaseChoice {
  const databaseUrl = env.DATABASE_URL?.trim();
  const dataDir = env.MOPS_DATA_DIR?.trim();
  return { ...(databaseUrl ? { databaseUrl } : {}), ...(dataDir ? { dataDir } : {}) };
}
