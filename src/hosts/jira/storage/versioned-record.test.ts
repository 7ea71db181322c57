import { z } from 'zod';
import { migration, readVersionedRecord, type VersionedRecordSpec } from './versioned-record';

/** A calendar record whose version 1 kept hours a week, version 2 minutes a day, version 3 adds a zone. */
const V1 = z.object({ schemaVersion: z.literal(1), hoursPerWeek: z.number() });
const V2 = z.object({ schemaVersion: z.literal(2), minutesPerDay: z.number() });
const V3 = z.object({ schemaVersion: z.literal(3), minutesPerDay: z.number(), timeZone: z.string() });

const CALENDAR: VersionedRecordSpec<z.infer<typeof V3>> = {
  what: 'Calendar',
  currentVersion: 3,
  schema: V3,
  migrations: [
    migration(1, V1, (old) => ({ schemaVersion: 2, minutesPerDay: (old.hoursPerWeek * 60) / 5 })),
    migration(2, V2, (old) => ({ ...old, schemaVersion: 3, timeZone: 'UTC' })),
  ],
};

describe('readVersionedRecord', () => {
  it('migrates a version-1 record through every step to the current version', () => {
    expect(readVersionedRecord('mops:calendar', { schemaVersion: 1, hoursPerWeek: 40 }, CALENDAR)).toEqual({
      record: { schemaVersion: 3, minutesPerDay: 480, timeZone: 'UTC' },
      migratedFrom: 1,
    });
  });

  it('reads a current record as it is', () => {
    expect(readVersionedRecord('mops:calendar', { schemaVersion: 3, minutesPerDay: 240, timeZone: 'Europe/Warsaw' }, CALENDAR)).toEqual({
      record: { schemaVersion: 3, minutesPerDay: 240, timeZone: 'Europe/Warsaw' },
    });
  });

  it('names the key, the version and the field when an old record is not what that version stored', () => {
    expect(() => readVersionedRecord('mops:calendar', { schemaVersion: 1, hoursPerWeek: 'forty' }, CALENDAR)).toThrow(
      'Stored record "mops:calendar" is not a valid Calendar record of schemaVersion 1 at "hoursPerWeek": Invalid input: expected number, received string',
    );
  });

  it('refuses a version it has no way up from', () => {
    const gap = { ...CALENDAR, migrations: CALENDAR.migrations.slice(1) };
    expect(() => readVersionedRecord('mops:calendar', { schemaVersion: 1, hoursPerWeek: 40 }, gap)).toThrow(
      'Stored record "mops:calendar" has schemaVersion 1, and no migration from it to 2 exists',
    );
    expect(() => readVersionedRecord('mops:calendar', { schemaVersion: 0 }, CALENDAR)).toThrow(
      'Stored record "mops:calendar" has no usable schemaVersion (found 0); expected a Calendar record with schemaVersion 1 to 3',
    );
  });
});
