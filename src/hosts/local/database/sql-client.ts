/** One row as the database returns it; values are checked with zod before any use. */
export type SqlRow = Record<string, unknown>;

/**
 * A value Mops passes as a query parameter. JSON goes in as text and is cast in the SQL
 * (`$1::text::jsonb`), dates as ISO text (`$2::text::date`): every binding then sends the same bytes,
 * whatever its own type guessing would have done.
 */
export type SqlParam = string | number | boolean | null | readonly string[];

/**
 * The little of SQL that Mops' local host needs, with one binding per engine (PGlite in a folder, or a
 * PostgreSQL server through `pg`). Queries are written once, in PostgreSQL's dialect, for both.
 */
export interface SqlClient {
  /** Runs one statement; `params` fill `$1`, `$2`, … */
  query<Row extends SqlRow = SqlRow>(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Inside,
   * `transaction` on the given client joins the same transaction.
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Closes the connection or pool; data already committed stays. */
  close(): Promise<void>;
  /** Which engine this is, for the start-up line and error messages (never a password). */
  readonly description: string;
}
