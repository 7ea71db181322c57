import { asApp, asUser } from '@forge/api';
import { type Clock, systemClock } from '../../app/ports/clock';
import type { Locks } from '../../app/ports/locks';
import type { Person } from '../../core/capacity/calendar';
import type { Settings } from '../../core/settings/settings';
import { type BackfillQueue, forgeBackfillQueue } from './queue/backfill-queue';
import { JiraHttp, type JiraHttpOptions, type JiraRequester } from './rest/jira-http';
import {
  ForgeBackfillCursor,
  ForgeDuplicateIndexStore,
  ForgeLocks,
  ForgeSettingsStore,
  forgeKeyValueStore,
  type KeyValueStore,
  type WarmIndexCache,
  warmDuplicateIndexes,
} from './storage';
import { JiraTracker, JiraTrackerSettings } from './tracker';

export type LogLevel = 'info' | 'warn' | 'error';
/** Where entry points say what they did or skipped; Forge shows console output in `forge logs`. */
export type MopsLog = (level: LogLevel, message: string, details?: Record<string, unknown>) => void;

/**
 * Everything Mops takes from the Forge runtime. Production uses `forgePlatform()`; tests install an
 * in-process Jira, an in-memory KVS and a fixed clock with `usePlatform()`.
 */
export interface ForgePlatform {
  /** `requestJira` acting as the person who invoked the function: what they may see, nothing more. */
  requestJiraAsUser(): JiraRequester;
  /** `requestJira` acting as the app, for automation. */
  requestJiraAsApp(): JiraRequester;
  kv: KeyValueStore;
  clock: Clock;
  backfillQueue: BackfillQueue;
  /** Warm duplicate indexes of this instance, by installation. */
  duplicateIndexCache: WarmIndexCache;
  /** Retry and waiting options of every Jira transport built here. */
  http: JiraHttpOptions;
  log: MopsLog;
}

const consoleLog: MopsLog = (level, message, details) => {
  const line = details ? `${message} ${JSON.stringify(details)}` : message;
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/**
 * The platform as Forge provides it. The Forge clients are reached only when a function runs, so
 * importing an entry point outside Forge (tests, the manifest check) touches nothing.
 * @example const jira = forgePlatform().requestJiraAsApp()
 */
export function forgePlatform(): ForgePlatform {
  return {
    requestJiraAsUser: () => (route, init) => asUser().requestJira(route, init),
    requestJiraAsApp: () => (route, init) => asApp().requestJira(route, init),
    kv: forgeKeyValueStore(),
    clock: systemClock,
    backfillQueue: forgeBackfillQueue(),
    duplicateIndexCache: warmDuplicateIndexes,
    // Resolvers stop at 25 s: keep retry waits well inside that.
    http: { maxTotalWaitMs: 8_000 },
    log: consoleLog,
  };
}

let installed: ForgePlatform | undefined;

/**
 * The platform the entry points use: Forge's, unless a test installed another.
 * @example new MopsServices(currentPlatform(), invocationInfo(context))
 */
export function currentPlatform(): ForgePlatform {
  installed ??= forgePlatform();
  return installed;
}

/**
 * Makes every entry point use `platform` until the returned function is called, which restores the
 * previous one. For tests: the handlers Forge calls run unchanged over fakes.
 * @example const restore = usePlatform(fakes); await handler(event, context); restore();
 */
export function usePlatform(platform: ForgePlatform): () => void {
  const previous = installed;
  installed = platform;
  return () => {
    installed = previous;
  };
}

/** What an invocation carries that Mops needs: whose storage it is, and the site's address. */
export interface InvocationInfo {
  /** Forge's `installContext` (the site), so warm caches never mix installations. */
  installationId: string;
  siteUrl?: string;
}

/** What an admin configured; Mops acts on a site only once all of it has been saved. */
export interface MopsConfiguration {
  settings: Settings;
  people: Person[];
  /** How this site's fields, sub-task type and link types map onto Mops. */
  site: JiraTrackerSettings;
}

/** A Jira transport and a tracker sharing it, so every call of an invocation is counted once. */
export interface JiraConnection {
  http: JiraHttp;
  tracker: JiraTracker;
}

/** Thrown where an entry point needs the configuration and an admin has not saved it yet. */
export class MopsNotConfiguredError extends Error {
  override name = 'MopsNotConfiguredError';
  constructor(readonly missing: readonly string[]) {
    super(`Mops is not set up on this site yet (${missing.join(', ')} not saved): a Jira admin saves them on the Mops settings page`);
  }
}

/**
 * The composition root for one invocation: stores over Forge's KVS, trackers over `requestJira` as the
 * person or as the app, locks and the duplicate index. Built fresh per invocation so call counts and
 * retry budgets are per invocation; the duplicate index stays warm across invocations.
 * @example const mops = new MopsServices(currentPlatform(), { installationId: context.installContext }); const config = await mops.requireConfiguration();
 */
export class MopsServices {
  readonly settingsStore: ForgeSettingsStore;

  constructor(
    readonly platform: ForgePlatform,
    readonly invocation: InvocationInfo,
  ) {
    this.settingsStore = new ForgeSettingsStore({ kv: platform.kv, clock: platform.clock });
  }

  get clock(): Clock {
    return this.platform.clock;
  }

  get log(): MopsLog {
    return this.platform.log;
  }

  /** The saved configuration, or the names of the parts not saved yet. */
  async configuration(): Promise<MopsConfiguration | { missing: string[] }> {
    const [settings, site, people] = await Promise.all([
      this.settingsStore.loadSettings(),
      this.settingsStore.loadFieldMap(JiraTrackerSettings),
      this.settingsStore.loadPeople(),
    ]);
    const missing = [...(settings ? [] : ['settings']), ...(site ? [] : ['Jira field map'])];
    if (!settings || !site) return { missing };
    const siteUrl = this.invocation.siteUrl ?? site.siteUrl;
    return { settings, people, site: { ...site, ...(siteUrl ? { siteUrl } : {}) } };
  }

  async requireConfiguration(): Promise<MopsConfiguration> {
    const configuration = await this.configuration();
    if ('missing' in configuration) throw new MopsNotConfiguredError(configuration.missing);
    return configuration;
  }

  /** A transport acting as the person who invoked the function. */
  userHttp(): JiraHttp {
    return new JiraHttp(this.platform.requestJiraAsUser(), this.platform.http);
  }

  /** A transport acting as the app. */
  appHttp(): JiraHttp {
    return new JiraHttp(this.platform.requestJiraAsApp(), this.platform.http);
  }

  /** Jira as the person: for everything a person sees. */
  asUser(configuration: MopsConfiguration): JiraConnection {
    return this.connection(this.userHttp(), configuration);
  }

  /** Jira as the app: for automation, and for Mops' own state after the person's right was checked. */
  asApp(configuration: MopsConfiguration): JiraConnection {
    return this.connection(this.appHttp(), configuration);
  }

  locks(): Locks {
    return new ForgeLocks({ kv: this.platform.kv, clock: this.platform.clock });
  }

  duplicates(): ForgeDuplicateIndexStore {
    return new ForgeDuplicateIndexStore({
      kv: this.platform.kv,
      clock: this.platform.clock,
      installationId: this.invocation.installationId,
      cache: this.platform.duplicateIndexCache,
    });
  }

  backfillCursor(): ForgeBackfillCursor {
    return new ForgeBackfillCursor({ kv: this.platform.kv, clock: this.platform.clock });
  }

  private connection(http: JiraHttp, configuration: MopsConfiguration): JiraConnection {
    const tracker = new JiraTracker(http, configuration.site, {
      costCategories: configuration.settings.costCategories,
      onProblem: (problem) => this.log('warn', `Jira value read around on ${problem.issue}`, { field: problem.field, message: problem.message }),
    });
    return { http, tracker };
  }
}
