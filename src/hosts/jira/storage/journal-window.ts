/**
 * Journal entries stamped this long before the last catch-up are listed again: a writer stamps its
 * entry before its transaction commits, and instances' clocks differ a little.
 */
export const JOURNAL_MARGIN_MS = 2 * 60_000;

/** Catch-up covers gaps up to this long; the journal's TTL is an hour longer, so nothing it needs is gone. */
export const JOURNAL_CATCH_UP_MS = 24 * 3_600_000;
