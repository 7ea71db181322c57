import type { Clock } from '../../../app/ports/clock';
import type { DuplicateIndexStore } from '../../../app/ports/duplicate-store';
import type { Locks } from '../../../app/ports/locks';
import type { Person } from '../../../core/capacity/calendar';
import type { Team } from '../../../core/org/organisation';
import type { Settings } from '../../../core/settings/settings';

/**
 * What the Asana module shares with the host it runs in (the local host's LocalMops provides it): the
 * organisation's settings, people and their teams, the one duplicate index every connected tracker writes to, the
 * leases, and the clock.
 */
export interface MopsCore {
  settings(): Promise<Settings>;
  people(): Promise<Person[]>;
  /** The teams people belong to (Person.teamId), with their names. */
  teams(): Promise<Team[]>;
  readonly duplicates: DuplicateIndexStore;
  readonly locks: Locks;
  readonly clock: Clock;
}
