import { z } from 'zod';
import { Person } from '../../../core/capacity/calendar';
import { Instant } from '../../../core/dates/local-date';
import { Settings } from '../../../core/settings/settings';
import { migration, type VersionedRecordSpec } from './versioned-record';

/**
 * Settings as the first Mops release stored them: the settings' own fields at the top level of the
 * record, beside `schemaVersion`. Only the version is checked here; the fields are checked as settings
 * after the migration, so a bad field is reported with its settings path.
 */
export const SettingsRecordV1 = z.looseObject({ schemaVersion: z.literal(1) });

/**
 * Settings record, version 2: what admins configure sits under `settings`, apart from Mops' own
 * bookkeeping (`schemaVersion`, `savedAt`), so a settings field can never clash with it.
 */
export const SettingsRecord = z.object({
  schemaVersion: z.literal(2),
  /** Absent on records migrated from version 1, which did not keep it. */
  savedAt: Instant.optional(),
  settings: Settings,
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

export const SETTINGS_RECORD: VersionedRecordSpec<SettingsRecord> = {
  what: 'Settings',
  currentVersion: 2,
  schema: SettingsRecord,
  migrations: [migration(1, SettingsRecordV1, ({ schemaVersion: _version, ...settings }) => ({ schemaVersion: 2, settings }))],
};

/** The people whose capacity Mops plans, with their calendars. */
export const PeopleRecord = z.object({
  schemaVersion: z.literal(1),
  savedAt: Instant,
  people: z.array(Person),
});
export type PeopleRecord = z.infer<typeof PeopleRecord>;

export const PEOPLE_RECORD: VersionedRecordSpec<PeopleRecord> = { what: 'People', currentVersion: 1, schema: PeopleRecord, migrations: [] };

/**
 * How Mops' fields map onto this Jira site's fields. The map's own shape belongs to the Jira REST
 * adapter, which passes its schema in; this record only adds the envelope.
 *
 * @example
 * readVersionedRecord('mops:jira-field-map', raw, fieldMapRecord(JiraFieldMap)).record.fieldMap
 */
export function fieldMapRecord<T>(fieldMap: z.ZodType<T>): VersionedRecordSpec<{ schemaVersion: 1; savedAt: string; fieldMap: T }> {
  return {
    what: 'Jira field map',
    currentVersion: 1,
    schema: z.object({ schemaVersion: z.literal(1), savedAt: Instant, fieldMap }),
    migrations: [],
  };
}
