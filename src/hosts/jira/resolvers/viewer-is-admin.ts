import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraHttp } from '../rest/jira-http';
import { ResolverRefusal } from './resolver-refusal';

/** `GET /rest/api/3/mypermissions`, as far as Mops reads it. */
const MyPermissions = z.object({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })).default({}),
});

/**
 * Whether the person behind `http` (acting as the user) is a Jira administrator. One Jira call.
 * @example await viewerIsJiraAdmin(mops.userHttp()) // true
 */
export async function viewerIsJiraAdmin(http: JiraHttp): Promise<boolean> {
  const answer = await http.request({
    method: 'GET',
    route: route`/rest/api/3/mypermissions?permissions=ADMINISTER`,
    subject: 'your Jira administrator permission',
    schema: MyPermissions,
  });
  return answer.permissions.ADMINISTER?.havePermission === true;
}

/**
 * Refuses anyone but a Jira administrator. The admin page is shown only to admins, but a resolver can
 * be called from anywhere the app's UI runs, so the server checks again.
 * @example await requireJiraAdmin(mops.userHttp()) // throws ResolverRefusal('no-permission', …) for everyone else
 */
export async function requireJiraAdmin(http: JiraHttp): Promise<void> {
  if (!(await viewerIsJiraAdmin(http))) throw new ResolverRefusal('no-permission', 'Only Jira administrators can see or change Mops settings');
}
