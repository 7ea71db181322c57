import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import type { Person } from '../../../core/capacity/calendar';
import { People } from '../../../core/capacity/people';
import { Settings, type SettingsInput } from '../../../core/settings/settings';
import { readChunked, writeChunked } from './chunked-value';
import type { KeyValueStore } from './key-value-store';
import { fieldMapRecord, PEOPLE_RECORD, SETTINGS_RECORD, type PeopleRecord, type SettingsRecord } from './settings-records';
import { readVersionedRecord } from './versioned-record';

export interface ForgeSettingsStoreOptions {
  kv: KeyValueStore;
  /** Stamps `savedAt` on every record written. */
  clock: Clock;
  /** Prefix of every key this store writes; one app installation has its own KVS, so "mops:" is enough. */
  keyPrefix?: string;
  /** Names each chunked write of the people list; random by default. */
  newToken?: () => string;
}

/** A save refused because the value is not valid; every problem is listed as "path: message". */
export class InvalidSettingsError extends Error {
  constructor(
    readonly what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what} not saved: ${problems.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(value)'}: ${issue.message}`);
}

/**
 * What admins configure, kept in Forge's Key-Value Store: settings (one record, schema version 2, read
 * through migrations), the people and their calendars (compressed and chunked, since a large
 * organisation's list outgrows one 240 KiB value), and the Jira field map.
 *
 * @example
 * const store = new ForgeSettingsStore({ kv: forgeKeyValueStore(), clock: systemClock });
 * const settings = await store.loadSettings();
 */
export class ForgeSettingsStore {
  private readonly kv: KeyValueStore;
  private readonly clock: Clock;
  private readonly newToken: () => string;
  readonly keys: { settings: string; people: string; fieldMap: string };

  constructor(options: ForgeSettingsStoreOptions) {
    this.kv = options.kv;
    this.clock = options.clock;
    this.newToken = options.newToken ?? randomUUID;
    const prefix = options.keyPrefix ?? 'mops:';
    this.keys = { settings: `${prefix}settings`, people: `${prefix}people`, fieldMap: `${prefix}jira-field-map` };
  }

  /** The organisation's settings, or undefined before an admin first saves them. */
  async loadSettings(): Promise<Settings | undefined> {
    const raw = await this.kv.get(this.keys.settings);
    if (raw === undefined) return undefined;
    return readVersionedRecord(this.keys.settings, raw, SETTINGS_RECORD).record.settings;
  }

  /** Validates and saves settings; a refused save throws `InvalidSettingsError` with every problem. */
  async saveSettings(input: SettingsInput): Promise<Settings> {
    const parsed = Settings.safeParse(input);
    if (!parsed.success) throw new InvalidSettingsError('Settings', problemsOf(parsed.error));
    const record: SettingsRecord = { schemaVersion: 2, savedAt: this.clock.now().toISOString(), settings: parsed.data };
    await this.kv.set(this.keys.settings, record);
    return parsed.data;
  }

  /** Everyone whose capacity is planned; empty before the first save. */
  async loadPeople(): Promise<Person[]> {
    const raw = await readChunked(this.kv, this.keys.people);
    if (raw === undefined) return [];
    return readVersionedRecord(this.keys.people, raw, PEOPLE_RECORD).record.people;
  }

  async savePeople(people: readonly Person[]): Promise<void> {
    const parsed = People.safeParse(people);
    if (!parsed.success) throw new InvalidSettingsError('People', problemsOf(parsed.error));
    const record: PeopleRecord = { schemaVersion: 1, savedAt: this.clock.now().toISOString(), people: parsed.data };
    await writeChunked(this.kv, this.keys.people, record, this.newToken());
  }

  /** The Jira field map, read with the schema of whoever owns its shape; undefined before the first save. */
  async loadFieldMap<T>(schema: z.ZodType<T>): Promise<T | undefined> {
    const raw = await this.kv.get(this.keys.fieldMap);
    if (raw === undefined) return undefined;
    return readVersionedRecord(this.keys.fieldMap, raw, fieldMapRecord(schema)).record.fieldMap;
  }

  async saveFieldMap<T>(schema: z.ZodType<T>, fieldMap: T): Promise<void> {
    const parsed = schema.safeParse(fieldMap);
    if (!parsed.success) throw new InvalidSettingsError('Jira field map', problemsOf(parsed.error));
    await this.kv.set(this.keys.fieldMap, { schemaVersion: 1, savedAt: this.clock.now().toISOString(), fieldMap: parsed.data });
  }
}
