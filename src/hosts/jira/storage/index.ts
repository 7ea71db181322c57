/** Mops' storage in Forge's Key-Value Store: settings, leases, the duplicate index and the backfill position. */
export { BATCH_LIMIT, KVS_LIMITS, type KeyValueStore, type ListPage, type ListPageRequest, type TransactionWrites, type WriteOptions } from './key-value-store';
export { forgeKeyValueStore, type ForgeKvsClient } from './forge-key-value-store';
export { InMemoryKeyValueStore } from './in-memory-key-value-store';
export { CountingKeyValueStore, type StorageOperationCounts } from './counting-key-value-store';
export { StoredRecordError } from './stored-record-error';
export { readVersionedRecord, migration, type RecordMigration, type VersionedRecordSpec } from './versioned-record';
export { readChunked, writeChunked, CHUNK_CHARS, type ChunkedWrite } from './chunked-value';
export { ForgeSettingsStore, InvalidSettingsError, type ForgeSettingsStoreOptions } from './forge-settings-store';
export { SettingsRecord, SettingsRecordV1, PeopleRecord, SETTINGS_RECORD } from './settings-records';
export { ForgeLocks, type ForgeLocksOptions } from './forge-locks';
export { ForgeDuplicateIndexStore, type DuplicateIndexLoad, type ForgeDuplicateIndexStoreOptions } from './forge-duplicate-index-store';
export { DuplicateRecord, recordOf } from './duplicate-record';
export { analyserFingerprint } from './analyser-fingerprint';
export { WarmIndexCache, warmDuplicateIndexes } from './warm-index-cache';
export { ForgeBackfillCursor, BackfillPosition, type BackfillPage } from './forge-backfill-cursor';
