import type { Clock } from '../../../app/ports/clock';
import type { DuplicateIndexStore } from '../../../app/ports/duplicate-store';
import type { Locks } from '../../../app/ports/locks';
import type { Person } from '../../../core/capacity/calendar';
import type { Settings } from '../../../core/settings/settings';

/**
 * What the Asana module shares with the host it runs in (the local host's LocalMops provides it): the
 * organisation's settings and people, the one duplicate index every connected tracker writes to, the
 * leases, and the clock.
 */
export interface MopsCore {
  settings(): Promise<Settings>;
  people(): Promise<Person[]>;
  readonly duplicates: DuplicateIndexStore;
  readonly locks: Locks;
  readonly clock: Clock;
}
