import type { z } from 'zod';
import { StoredRecordError } from './stored-record-error';

/** Turns a record of schema version `from` into one of version `from + 1`. */
export interface RecordMigration {
  from: number;
  /** What the old record must look like; a record that does not is reported, not guessed at. */
  schema: z.ZodType;
  migrate(record: unknown): unknown;
}

/**
 * A migration step whose function sees the old record as its schema parsed it.
 *
 * @example
 * migration(1, SettingsRecordV1, ({ schemaVersion, ...settings }) => ({ schemaVersion: 2, settings }))
 */
export function migration<S extends z.ZodType>(from: number, schema: S, migrate: (record: z.output<S>) => unknown): RecordMigration {
  return { from, schema, migrate: (record) => migrate(record as z.output<S>) };
}

/** How one kind of stored record is versioned: the current schema and the steps from older versions. */
export interface VersionedRecordSpec<T> {
  /** What the record holds, for messages: "Settings". */
  what: string;
  currentVersion: number;
  /** The current record, including its `schemaVersion` literal. */
  schema: z.ZodType<T>;
  /** One step per older version, oldest first; version 1 … currentVersion - 1 must all be covered. */
  migrations: readonly RecordMigration[];
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unknown problem';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(the record itself)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `at "${path}": ${issue.message}${more}`;
}

/**
 * Parses a stored record, first migrating it step by step from an older schema version. Refuses with a
 * `StoredRecordError` naming the key: a record with no version, a version newer than this code knows (so
 * an older deployment never overwrites what a newer one wrote), or content its schema does not accept.
 *
 * @example
 * const { record, migratedFrom } = readVersionedRecord('mops:settings', raw, SETTINGS_RECORD);
 */
export function readVersionedRecord<T>(key: string, raw: unknown, spec: VersionedRecordSpec<T>): { record: T; migratedFrom?: number } {
  const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StoredRecordError(key, `has no usable schemaVersion (found ${JSON.stringify(version) ?? 'none'}); expected a ${spec.what} record with schemaVersion 1 to ${spec.currentVersion}`);
  }
  if (version > spec.currentVersion) {
    throw new StoredRecordError(
      key,
      `has schemaVersion ${version}, newer than this version of Mops reads (up to ${spec.currentVersion}); deploy the newer Mops instead of saving ${spec.what} from this one`,
    );
  }
  let record: unknown = raw;
  for (let from = version; from < spec.currentVersion; from += 1) {
    const step = spec.migrations.find((migration) => migration.from === from);
    if (step === undefined) throw new StoredRecordError(key, `has schemaVersion ${from}, and no migration from it to ${from + 1} exists`);
    const old = step.schema.safeParse(record);
    if (!old.success) throw new StoredRecordError(key, `is not a valid ${spec.what} record of schemaVersion ${from} ${firstIssue(old.error)}`);
    record = step.migrate(old.data);
  }
  const parsed = spec.schema.safeParse(record);
  if (!parsed.success) {
    const migrated = version < spec.currentVersion ? ` (migrated from schemaVersion ${version})` : '';
    throw new StoredRecordError(key, `is not a valid ${spec.what} record of schemaVersion ${spec.currentVersion}${migrated} ${firstIssue(parsed.error)}`);
  }
  return version < spec.currentVersion ? { record: parsed.data, migratedFrom: version } : { record: parsed.data };
}
