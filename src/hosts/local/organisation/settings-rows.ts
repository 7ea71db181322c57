import { Settings } from '../../../core/settings/settings';
import type { SqlClient } from '../database/sql-client';
import { parseStoredRow, zodProblems } from '../database/stored-row';

/** The shape of `settings.settings` rows; raised when the Settings schema changes incompatibly. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** A save refused because the settings are not valid; every problem is listed as "path: message". */
export class InvalidLocalSettingsError extends Error {
  override name = 'InvalidLocalSettingsError';
  constructor(readonly problems: readonly string[]) {
    super(`Settings not saved: ${problems.join('; ')}`);
  }
}

export interface SavedSettings {
  version: number;
  settings: Settings;
}

/**
 * The newest saved settings; every save is kept as a new version, so a bad save can be looked back on.
 * Undefined before the first save.
 * @example (await loadSettings(db))?.settings.baseCurrency // 'EUR'
 */
export async function loadSettings(db: SqlClient): Promise<SavedSettings | undefined> {
  const rows = await db.query<{ version: number; schema_version: number; settings: unknown }>(
    'SELECT version, schema_version, settings FROM settings ORDER BY version DESC LIMIT 1',
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  if (row.schema_version !== SETTINGS_SCHEMA_VERSION) {
    throw new Error(`Settings version ${row.version} is stored in schema version ${row.schema_version}; this Mops reads ${SETTINGS_SCHEMA_VERSION}`);
  }
  return { version: row.version, settings: parseStoredRow(Settings, 'settings', `version ${row.version}`, row.settings) };
}

/**
 * Validates and stores settings as the next version.
 * @example await saveSettings(db, demoSettings(), { savedBy: 'p-agnieszka-nowak', at: '2026-11-23T09:00:00Z' }) // { version: 2, settings }
 */
export async function saveSettings(db: SqlClient, input: unknown, by: { savedBy: string | null; at: string }): Promise<SavedSettings> {
  const parsed = Settings.safeParse(input);
  if (!parsed.success) throw new InvalidLocalSettingsError(zodProblems(parsed.error));
  const rows = await db.query<{ version: number }>(
    'INSERT INTO settings (schema_version, settings, saved_at, saved_by) VALUES ($1, $2::text::jsonb, $3::text::timestamptz, $4) RETURNING version',
    [SETTINGS_SCHEMA_VERSION, JSON.stringify(parsed.data), by.at, by.savedBy],
  );
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('The settings insert returned no version');
  return { version, settings: parsed.data };
}
