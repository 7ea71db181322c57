import { z } from 'zod';
import { fixedClock } from '../../../app/ports/clock';
import type { Person } from '../../../core/capacity/calendar';
import type { SettingsInput } from '../../../core/settings/settings';
import { DEFAULT_TEMPLATES } from '../../../core/templates';
import { CountingKeyValueStore } from './counting-key-value-store';
import { ForgeSettingsStore, InvalidSettingsError } from './forge-settings-store';
import { InMemoryKeyValueStore } from './in-memory-key-value-store';
import { StoredRecordError } from './stored-record-error';

const warsawWeek = { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0] as [number, number, number, number, number, number, number], holidayRegion: 'PL' };

function warsawSettings(): SettingsInput {
  return {
    baseCurrency: 'EUR',
    exchangeRates: { base: 'EUR', rates: [{ currency: 'PLN', date: '2026-11-01', rate: '0.2352' }] },
    thresholds: [{ id: 'actual-overrun', metric: 'actual', percentOfPlanned: 100 }],
    holidays: { PL: [{ date: '2026-11-11', name: 'Independence Day' }] },
    defaultCalendar: { ...warsawWeek, minutesPerWeekday: [...warsawWeek.minutesPerWeekday] },
    templates: [...DEFAULT_TEMPLATES],
  };
}

function storeOver(kv = new InMemoryKeyValueStore()) {
  const counted = new CountingKeyValueStore(kv);
  return { kv, counted, store: new ForgeSettingsStore({ kv: counted, clock: fixedClock('2026-11-23T09:00:00Z'), newToken: () => 'save-1' }) };
}

async function thrown(action: Promise<unknown>): Promise<Error> {
  try {
    await action;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('ForgeSettingsStore: settings', () => {
  it('has no settings before an admin saves them, then reads back what was saved in one read', async () => {
    const { store, counted } = storeOver();
    expect(await store.loadSettings()).toBeUndefined();
    const saved = await store.saveSettings(warsawSettings());
    counted.resetCounts();
    const loaded = await store.loadSettings();
    expect(loaded).toEqual(saved);
    expect(loaded?.duplicateDetection).toEqual({ sameTeam: 'exclude', sameProject: 'include', closedWithinDays: 180, topK: 5 });
    expect(counted.counts()).toMatchObject({ reads: 1, writes: 0 });
  });

  it('stores settings under a schema-version-2 envelope with the save time', async () => {
    const { store, kv } = storeOver();
    await store.saveSettings(warsawSettings());
    expect(await kv.get('mops:settings')).toMatchObject({ schemaVersion: 2, savedAt: '2026-11-23T09:00:00.000Z', settings: { baseCurrency: 'EUR' } });
  });

  it('reads a record the first release stored (version 1, settings at the top level) through the migration', async () => {
    const { store, kv } = storeOver();
    await kv.set('mops:settings', { schemaVersion: 1, ...warsawSettings(), baseCurrency: 'PLN', exchangeRates: { base: 'PLN', rates: [] } });
    const settings = await store.loadSettings();
    expect(settings?.baseCurrency).toBe('PLN');
    expect(settings?.templates.map((template) => template.id)).toEqual(['webinar', 'email-campaign', 'product-launch']);
  });

  it('names the key and the settings field when a version-1 record does not hold valid settings', async () => {
    const { store, kv } = storeOver();
    await kv.set('mops:settings', { schemaVersion: 1, ...warsawSettings(), baseCurrency: 'EUX' });
    const error = await thrown(store.loadSettings());
    expect(error).toBeInstanceOf(StoredRecordError);
    expect(error.message).toBe(
      'Stored record "mops:settings" is not a valid Settings record of schemaVersion 2 (migrated from schemaVersion 1) at "settings.baseCurrency": Unknown currency "EUX": not an active ISO 4217 code',
    );
  });

  it('refuses a record written by a newer Mops rather than guess at it', async () => {
    const { store, kv } = storeOver();
    await kv.set('mops:settings', { schemaVersion: 3, settings: {} });
    expect((await thrown(store.loadSettings())).message).toBe(
      'Stored record "mops:settings" has schemaVersion 3, newer than this version of Mops reads (up to 2); deploy the newer Mops instead of saving Settings from this one',
    );
  });

  it('calls a record with no version corrupt, naming the key', async () => {
    const { store, kv } = storeOver();
    await kv.set('mops:settings', 'not a record');
    expect((await thrown(store.loadSettings())).message).toBe(
      'Stored record "mops:settings" has no usable schemaVersion (found none); expected a Settings record with schemaVersion 1 to 2',
    );
  });

  it('refuses to save invalid settings, listing every problem, and keeps what was stored', async () => {
    const { store } = storeOver();
    await store.saveSettings(warsawSettings());
    const error = await thrown(store.saveSettings({ ...warsawSettings(), baseCurrency: 'USD', thresholds: [{ id: 'x', metric: 'actual', percentOfPlanned: 100 }, { id: 'x', metric: 'actual', percentOfPlanned: 120 }] }));
    expect(error).toBeInstanceOf(InvalidSettingsError);
    expect((error as InvalidSettingsError).problems).toEqual([
      'exchangeRates.base: Exchange rates are into EUR, but the base currency is USD; rates must convert into USD',
      'thresholds.1.id: Duplicate threshold rule id "x" (already used by thresholds[0]); ids must be unique',
    ]);
    expect((await store.loadSettings())?.baseCurrency).toBe('EUR');
  });
});

function person(number: number): Person {
  return {
    id: `acc-${number}`,
    name: `Designer ${number} Kowalska-${(number * 7919).toString(36)}`,
    teamId: `team-${number % 12}`,
    roles: ['designer'],
    calendar: { ...warsawWeek, minutesPerWeekday: [...warsawWeek.minutesPerWeekday], timeOff: [{ start: '2026-12-21', end: '2026-12-31', reason: `leave ${number}` }] },
  };
}

describe('ForgeSettingsStore: people', () => {
  it('has nobody before the first save, and everyone after it', async () => {
    const { store } = storeOver();
    expect(await store.loadPeople()).toEqual([]);
    const people = [person(1), person(2)];
    await store.savePeople(people);
    expect(await store.loadPeople()).toEqual(people);
  });

  it('keeps 1,500 people, more than one 240 KiB value holds as plain JSON', async () => {
    const { store, kv } = storeOver();
    const people = Array.from({ length: 1_500 }, (_, number) => person(number));
    expect(Buffer.byteLength(JSON.stringify(people))).toBeGreaterThan(240 * 1024);
    await store.savePeople(people);
    expect(await store.loadPeople()).toEqual(people);
    expect(await kv.get('mops:people')).toMatchObject({ format: 'mops-chunked/1', encoding: 'gzip-base64' });
  });

  it('refuses a person with no role, naming the person by position', async () => {
    const { store } = storeOver();
    const error = await thrown(store.savePeople([person(1), { ...person(2), roles: [] }]));
    expect(error.message).toBe('People not saved: 1.roles: A person needs at least one role or skill');
  });
});

describe('ForgeSettingsStore: Jira field map', () => {
  const FieldMap = z.object({ budget: z.string().regex(/^customfield_\d+$/), kpi: z.string().optional() });

  it('stores a field map whose shape the Jira adapter owns, and checks it with that schema on the way back', async () => {
    const { store, kv } = storeOver();
    expect(await store.loadFieldMap(FieldMap)).toBeUndefined();
    await store.saveFieldMap(FieldMap, { budget: 'customfield_10050' });
    expect(await store.loadFieldMap(FieldMap)).toEqual({ budget: 'customfield_10050' });

    await kv.set('mops:jira-field-map', { schemaVersion: 1, savedAt: '2026-11-23T09:00:00Z', fieldMap: { budget: 'summary' } });
    expect((await thrown(store.loadFieldMap(FieldMap))).message).toMatch(/^Stored record "mops:jira-field-map" is not a valid Jira field map record of schemaVersion 1 at "fieldMap.budget"/);
  });
});
