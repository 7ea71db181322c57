import type { AccountFieldHost } from '../../app/admin-people-form';
import type { Clock } from '../../app/ports/clock';
import type { Person } from '../../core/capacity/calendar';
import type { Team } from '../../core/org/organisation';
import type { Settings } from '../../core/settings/settings';
import type { SqlClient } from './database/sql-client';
import type { LocalLog } from './local-log';
import { loadPeople, loadTeams } from './organisation/organisation-rows';
import { loadSettings } from './organisation/settings-rows';
import { SqlDuplicateIndexStore } from './stores/sql-duplicate-index-store';
import { SqlLocks } from './stores/sql-locks';
import { APP, type Principal } from './tracker/principal';
import { SqlTracker } from './tracker/sql-tracker';

/** The database holds no settings yet: nothing Mops does can run before an admin saves them. */
export class LocalNotSetUpError extends Error {
  override name = 'LocalNotSetUpError';
  constructor() {
    super('Mops has no settings in this database yet: save them on the admin page, or start on an empty data folder to load the demo organisation');
  }
}

export interface LocalMopsOptions {
  db: SqlClient;
  clock: Clock;
  log: LocalLog;
  /** Hosts running beside this one whose account of a person the admin links, e.g. ['asana'] with the Asana module on; none unless told. */
  accountHosts?: readonly AccountFieldHost[];
}

/**
 * The local host's composition root: one database, one clock, one warm duplicate index and the leases
 * for the whole server; a fresh tracker per request, so host calls are counted per request.
 * @example const mops = new LocalMops({ db, clock: systemClock, log: consoleLog }); const panel = await issuePanel(id, { tracker: mops.tracker(viewer), settings: await mops.settings(), clock: mops.clock });
 */
export class LocalMops {
  readonly db: SqlClient;
  readonly clock: Clock;
  readonly log: LocalLog;
  readonly duplicates: SqlDuplicateIndexStore;
  readonly locks: SqlLocks;
  readonly accountHosts: readonly AccountFieldHost[];

  constructor(options: LocalMopsOptions) {
    this.db = options.db;
    this.clock = options.clock;
    this.log = options.log;
    this.duplicates = new SqlDuplicateIndexStore(options.db);
    this.locks = new SqlLocks(options.db, options.clock);
    this.accountHosts = options.accountHosts ?? [];
  }

  /** The tracker acting as `principal`: a person for what they see, the app for automation. */
  tracker(principal: Principal): SqlTracker {
    return new SqlTracker({ db: this.db, principal, clock: this.clock });
  }

  appTracker(): SqlTracker {
    return this.tracker(APP);
  }

  async settings(): Promise<Settings> {
    const saved = await loadSettings(this.db);
    if (!saved) throw new LocalNotSetUpError();
    return saved.settings;
  }

  people(): Promise<Person[]> {
    return loadPeople(this.db);
  }

  teams(): Promise<Team[]> {
    return loadTeams(this.db);
  }
}
