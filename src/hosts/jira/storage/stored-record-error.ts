/**
 * A stored record Mops cannot use: unreadable, of an unknown schema version, or not valid against its
 * schema. Names the storage key so an admin or a developer knows which record to look at.
 */
export class StoredRecordError extends Error {
  constructor(
    readonly key: string,
    readonly reason: string,
  ) {
    super(`Stored record "${key}" ${reason}`);
    this.name = 'StoredRecordError';
  }
}
