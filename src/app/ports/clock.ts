/** The time, injected so that use cases and tests agree on "now". */
export interface Clock {
  now(): Date;
}

/** A clock stopped at one instant, for tests and replays. */
export function fixedClock(instant: string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock needs an ISO instant, e.g. "2026-11-23T09:00:00Z"; got "${instant}"`);
  return { now: () => new Date(at) };
}

export const systemClock: Clock = { now: () => new Date() };
