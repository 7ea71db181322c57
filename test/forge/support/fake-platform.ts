import type { Clock } from '../../../src/app/ports/clock';
import type { Person } from '../../../src/core/capacity/calendar';
import type { SettingsInput } from '../../../src/core/settings/settings';
import { type ForgePlatform, type LogLevel, usePlatform } from '../../../src/hosts/jira/composition';
import type { BackfillEvent, BackfillQueue } from '../../../src/hosts/jira/queue/backfill-queue';
import { CountingKeyValueStore, ForgeSettingsStore, InMemoryKeyValueStore, WarmIndexCache } from '../../../src/hosts/jira/storage';
import { ManualClock } from '../../../src/hosts/jira/storage/test-clock';
import { JiraTrackerSettings, type JiraTrackerSettingsInput } from '../../../src/hosts/jira/tracker';
import { BUDGET_FIELD, FakeJiraSite, KPI_FIELD, SITE } from './fake-jira-site';

export const SITE_SETUP: JiraTrackerSettingsInput = {
  fields: { budgetField: BUDGET_FIELD, kpiField: KPI_FIELD },
  subtaskIssueTypeId: '10003',
  siteUrl: SITE,
};

/** The context Forge passes functions of this installation. */
export const INSTALL_CONTEXT = 'ari:cloud:jira::site/7c3e2f1a-0b9d-4e5f-8a6b-1c2d3e4f5a6b';

export interface QueuedEvent {
  event: BackfillEvent;
  delayInSeconds?: number;
}

/** Everything an entry point touches, in memory, installed as the platform the handlers use. */
export interface FakeForge {
  site: FakeJiraSite;
  platform: ForgePlatform;
  kv: CountingKeyValueStore;
  clock: ManualClock;
  queued: QueuedEvent[];
  logs: Array<{ level: LogLevel; message: string; details?: Record<string, unknown> }>;
  /** Saves settings, people and the Jira setup as an admin would on the settings page. */
  configure(settings: SettingsInput, people?: Person[], setup?: JiraTrackerSettingsInput): Promise<void>;
}

const installed: Array<() => void> = [];

afterEach(() => {
  while (installed.length > 0) installed.pop()?.();
});

/**
 * Installs a fake Forge platform for the test: a contract-checking Jira site, an in-memory KVS with
 * Forge's limits, a manual clock, and a queue that records what is pushed. Removed after each test.
 * @example const forge = installFakeForge('2026-11-23T10:00:00Z'); await forge.configure(settings);
 */
export function installFakeForge(now = '2026-11-23T10:00:00Z'): FakeForge {
  const clock = new ManualClock(now);
  const site = new FakeJiraSite();
  const kv = new CountingKeyValueStore(new InMemoryKeyValueStore(clock));
  const queued: QueuedEvent[] = [];
  const queue: BackfillQueue = {
    async push(event, options = {}) {
      queued.push({ event, ...(options.delayInSeconds ? { delayInSeconds: options.delayInSeconds } : {}) });
    },
  };
  const logs: FakeForge['logs'] = [];
  const platform: ForgePlatform = {
    requestJiraAsUser: () => site.asUser.requester,
    requestJiraAsApp: () => site.asApp.requester,
    kv,
    clock,
    backfillQueue: queue,
    duplicateIndexCache: new WarmIndexCache(),
    http: { sleep: async () => {}, jitter: () => 0, now: () => clock.now() },
    log: (level, message, details) => {
      logs.push({ level, message, ...(details ? { details } : {}) });
    },
  };
  installed.push(usePlatform(platform));
  return {
    site,
    platform,
    kv,
    clock,
    queued,
    logs,
    async configure(settings, people = [], setup = SITE_SETUP) {
      const store = new ForgeSettingsStore({ kv, clock: clock as Clock });
      await store.saveSettings(settings);
      await store.savePeople(people);
      await store.saveFieldMap(JiraTrackerSettings, JiraTrackerSettings.parse(setup));
    },
  };
}

/** Fails the test when any request or reply broke Jira's documented contract. */
export function expectNoContractViolations(forge: FakeForge): void {
  expect(forge.site.violations()).toEqual([]);
}
