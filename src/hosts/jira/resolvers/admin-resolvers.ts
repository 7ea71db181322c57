import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { People } from '../../../core/capacity/people';
import type { MopsServices } from '../composition';
import { BACKFILL_JQL } from '../queue/backfill-page';
import { startBackfill } from '../queue/backfill-batch';
import { DigestStore } from '../schedules/weekly-digest-record';
import { JiraTrackerSettings } from '../tracker/settings';
import { defineResolver } from './define-resolver';
import { ResolverRefusal } from './resolver-refusal';
import { requireJiraAdmin } from './viewer-is-admin';
import { AdminSettingsView } from './views';

function problems(what: string, error: z.ZodError): ResolverRefusal {
  const list = error.issues.map((issue) => `${[what, ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
  return new ResolverRefusal('bad-request', `${what} not saved: ${list}`);
}

/** The admin page's data as stored. KVS reads only; no Jira call. */
async function adminView(mops: MopsServices): Promise<AdminSettingsView> {
  const store = mops.settingsStore;
  const [settings, people, jira, backfill, digest] = await Promise.all([
    store.loadSettings(),
    store.loadPeople(),
    store.loadFieldMap(JiraTrackerSettings),
    mops.backfillCursor().load(),
    new DigestStore(mops.platform.kv).latest(),
  ]);
  // Jira links no person to another host's account: the admin page shows no account fields.
  return { settings: settings ?? null, people, accountHosts: [], jira: jira ?? null, backfill: backfill ?? null, digest: digest ?? null };
}

/**
 * The admin page's resolvers. Each first checks, as the person asking, that they administer Jira (one
 * Jira call), then reads or writes settings in KVS. Saving the Jira setup for the first time starts
 * indexing every existing issue in the background.
 * @example defineAdminResolvers(new Resolver())
 */
export function defineAdminResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'getAdminSettings', AdminSettingsView, async ({ mops }) => {
    await requireJiraAdmin(mops.userHttp());
    return adminView(mops);
  });

  defineResolver(resolver, 'saveAdminSettings', AdminSettingsView, async ({ payload, mops }) => {
    await requireJiraAdmin(mops.userHttp());
    // Settings are checked by the store, which names every mistake at once (InvalidSettingsError).
    await mops.settingsStore.saveSettings(payload.settings as Parameters<typeof mops.settingsStore.saveSettings>[0]);
    return adminView(mops);
  });

  defineResolver(resolver, 'saveJiraSetup', AdminSettingsView, async ({ payload, mops }) => {
    await requireJiraAdmin(mops.userHttp());
    const jira = JiraTrackerSettings.safeParse(payload.jira);
    if (!jira.success) throw problems('jira', jira.error);
    await mops.settingsStore.saveFieldMap(JiraTrackerSettings, jira.data);
    const cursor = mops.backfillCursor();
    if (payload.restartBackfill || (await cursor.load()) === undefined) {
      await startBackfill(cursor, mops.platform.backfillQueue, BACKFILL_JQL, { restart: payload.restartBackfill });
    }
    return adminView(mops);
  });

  defineResolver(resolver, 'savePeople', AdminSettingsView, async ({ payload, mops }) => {
    await requireJiraAdmin(mops.userHttp());
    const people = People.safeParse(payload.people);
    if (!people.success) throw problems('people', people.error);
    await mops.settingsStore.savePeople(people.data);
    return adminView(mops);
  });
}
