import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlParam, SqlRow } from './sql-client';

type PgliteQueryable = Pick<PGlite, 'query'> | Transaction;

/** What opens a PGlite database: the package's own class, or the same class loaded elsewhere (tests). */
export type PgliteEngine = Pick<typeof PGlite, 'create'>;

/** A client over one PGlite transaction: nested `transaction` calls join it. */
function transactionClient(tx: Transaction, description: string): SqlClient {
  const client: SqlClient = {
    description,
    query: (text, params) => run(tx, text, params),
    transaction: (work) => work(client),
    close: async () => {
      throw new Error('Close the database, not a transaction: the transaction ends when its callback returns');
    },
  };
  return client;
}

async function run<Row extends SqlRow>(db: PgliteQueryable, text: string, params: readonly SqlParam[] = []): Promise<Row[]> {
  const result = await db.query<Row>(text, [...params]);
  return result.rows;
}

/**
 * PostgreSQL compiled to WebAssembly, in this process: no server to install. With a folder the data
 * lives there between runs; without one it lives in memory (tests). PGlite runs one statement at a
 * time, so concurrent requests queue instead of interleaving inside a transaction.
 * @example const db = await openPglite('.mops-data'); await db.query('SELECT 1 AS one') // [{ one: 1 }]
 */
export async function openPglite(dataDir?: string, engine: PgliteEngine = PGlite): Promise<SqlClient> {
  const db = dataDir === undefined ? await engine.create() : await engine.create(dataDir);
  const description = dataDir === undefined ? 'PGlite in memory' : `PGlite in ${dataDir}`;
  return {
    description,
    query: (text, params) => run(db, text, params),
    transaction: (work) => db.transaction((tx) => work(transactionClient(tx, description))),
    close: () => db.close(),
  };
}
