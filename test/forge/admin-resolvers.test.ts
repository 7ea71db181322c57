import { callResolver } from './support/call-resolver';
import { expectNoContractViolations, installFakeForge, SITE_SETUP } from './support/fake-platform';
import { ANA, tradeFairSettings } from './support/test-settings';

describe('admin resolvers', () => {
  it('refuse anyone who does not administer Jira, after one permission check as that person', async () => {
    const forge = installFakeForge();
    await forge.configure(tradeFairSettings(), [ANA]);
    forge.site.viewerIsAdmin = false;

    for (const [name, payload] of [
      ['getAdminSettings', {}],
      ['saveAdminSettings', { settings: tradeFairSettings() }],
      ['saveJiraSetup', { jira: SITE_SETUP }],
      ['savePeople', { people: [] }],
    ] as const) {
      expect(await callResolver(name, payload)).toEqual({ ok: false, error: { kind: 'no-permission', message: 'Only Jira administrators can see or change Mops settings' } });
    }
    expect(forge.site.calls()).toEqual({ user: ['getMyPermissions', 'getMyPermissions', 'getMyPermissions', 'getMyPermissions'], app: [] });
    expect(forge.site.asUser.requests[0]?.query.get('permissions')).toBe('ADMINISTER');
    expectNoContractViolations(forge);
  });

  it('show an admin what is stored: nothing yet on a fresh install', async () => {
    const forge = installFakeForge();
    forge.site.viewerIsAdmin = true;
    expect(await callResolver('getAdminSettings', {})).toEqual({ ok: true, data: { settings: null, people: [], accountHosts: [], jira: null, backfill: null, digest: null } });
  });

  it('save settings, and refuse broken ones naming every mistake', async () => {
    const forge = installFakeForge();
    forge.site.viewerIsAdmin = true;

    const saved = (await callResolver('saveAdminSettings', { settings: tradeFairSettings() })) as { ok: boolean; data: { settings: { baseCurrency: string; templates: Array<{ id: string }> } } };
    expect(saved.ok).toBe(true);
    expect(saved.data.settings.baseCurrency).toBe('EUR');
    expect(saved.data.settings.templates.map((template) => template.id)).toEqual(['trade-fair']);

    const broken = await callResolver('saveAdminSettings', { settings: { ...tradeFairSettings(), baseCurrency: 'EURO', thresholds: [{ id: 'x', metric: 'spent', percentOfPlanned: 90 }] } });
    expect(broken).toEqual({ ok: false, error: { kind: 'bad-request', message: expect.stringContaining('Settings not saved: baseCurrency: ') } });
    expect((broken as { error: { message: string } }).error.message).toContain('thresholds.0.metric');
  });

  it('start indexing every existing issue when the Jira setup is saved for the first time, and not again on later saves', async () => {
    const forge = installFakeForge();
    forge.site.viewerIsAdmin = true;

    const first = (await callResolver('saveJiraSetup', { jira: SITE_SETUP })) as { ok: boolean; data: { jira: { subtaskIssueTypeId: string }; backfill: { batch: number; jql: string } } };
    expect(first).toMatchObject({ ok: true, data: { jira: { subtaskIssueTypeId: '10003' }, backfill: { batch: 0, jql: 'created >= "1970-01-01"' } } });
    expect(forge.queued).toEqual([{ event: { kind: 'backfill-batch', fromBatch: 0 } }]);

    await callResolver('saveJiraSetup', { jira: SITE_SETUP });
    expect(forge.queued).toHaveLength(1);
    await callResolver('saveJiraSetup', { jira: SITE_SETUP, restartBackfill: true });
    expect(forge.queued).toHaveLength(2);
  });

  it('refuse a Jira setup that names the sub-task type by name, and people without a role', async () => {
    const forge = installFakeForge();
    forge.site.viewerIsAdmin = true;
    expect(await callResolver('saveJiraSetup', { jira: { ...SITE_SETUP, subtaskIssueTypeId: 'Sub-task' } })).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: 'jira not saved: jira.subtaskIssueTypeId: Sub-task issue type id "Sub-task" must be digits, e.g. "10003"' },
    });
    expect(await callResolver('savePeople', { people: [{ ...ANA, roles: [] }] })).toEqual({
      ok: false,
      error: { kind: 'bad-request', message: 'people not saved: people.0.roles: A person needs at least one role or skill' },
    });
    expect(forge.queued).toEqual([]);
  });
});
