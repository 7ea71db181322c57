import type { Clock } from '../../../app/ports/clock';

/** A clock tests move by hand, to expire leases and TTLs without waiting. */
export class ManualClock implements Clock {
  private nowMs: number;

  constructor(instant: string) {
    this.nowMs = Date.parse(instant);
    if (Number.isNaN(this.nowMs)) throw new Error(`ManualClock needs an ISO instant, e.g. "2026-11-23T09:00:00Z"; got "${instant}"`);
  }

  now(): Date {
    return new Date(this.nowMs);
  }

  advanceSeconds(seconds: number): void {
    this.nowMs += seconds * 1000;
  }
}
