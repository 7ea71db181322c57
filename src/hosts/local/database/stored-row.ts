import type { z } from 'zod';

/** A stored row that Mops' schema refuses: names the table, the row and every problem. */
export class CorruptRowError extends Error {
  override name = 'CorruptRowError';
  constructor(
    readonly table: string,
    readonly rowId: string,
    readonly problems: readonly string[],
  ) {
    super(`Stored row ${rowId} in table "${table}" is not valid: ${problems.join('; ')}`);
  }
}

/**
 * "budget.currency: Invalid option …" for each problem, so a message points at the field.
 * @example zodProblems(error) // ['statusCategory: Invalid option: expected one of "todo"|"in_progress"|"done"']
 */
export function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`);
}

/**
 * Parses what was read from one row with the schema Mops wrote it with; a row someone edited by hand
 * into an invalid shape becomes a `CorruptRowError`, never a half-valid object.
 * @example parseStoredRow(Person, 'people', 'p-ana', { id: 'p-ana', name: 'Ana', teamId: 'team-brand', roles: [], calendar }) // Person
 */
export function parseStoredRow<Schema extends z.ZodType>(schema: Schema, table: string, rowId: string, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CorruptRowError(table, rowId, zodProblems(parsed.error));
  return parsed.data;
}

/**
 * The row's columns without the SQL nulls, so optional fields are absent rather than null.
 * @example withoutNulls({ id: 't1', team_id: null }) // { id: 't1' }
 */
export function withoutNulls<Row extends Record<string, unknown>>(row: Row): Partial<Row> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined)) as Partial<Row>;
}
