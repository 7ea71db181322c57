import { z } from 'zod';
import type { AsanaHttp } from '../api/asana-http';
import { dataOf, Gid } from '../api/responses';

export interface NewWebhook {
  /** The project or team to watch. */
  resource: string;
  /** The public URL Asana posts to, ending in the receiver id. */
  target: string;
  filters: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

const CreatedWebhook = dataOf(z.object({ gid: Gid, active: z.boolean().optional() }).loose());

/**
 * `POST /webhooks`: Asana handshakes with `target` before it answers, so the receiver must already be
 * expecting that handshake. Returns the webhook's gid.
 * @example await createWebhook(http, { resource: '1208000000000007', target: 'https://mops.example.com/asana/webhooks/prj-3f9a…', filters: PROJECT_WEBHOOK_FILTERS }) // '1210000000000001'
 */
export async function createWebhook(http: AsanaHttp, webhook: NewWebhook): Promise<string> {
  const answer = await http.request({
    method: 'POST',
    path: '/webhooks',
    query: { opt_fields: 'active' },
    body: { data: { resource: webhook.resource, target: webhook.target, filters: webhook.filters } },
    subject: `a webhook on ${webhook.resource}`,
    schema: CreatedWebhook,
  });
  return answer.data.gid;
}

export const AsanaProjectSummary = z.object({ gid: Gid, name: z.string().optional(), team: z.object({ gid: Gid, name: z.string().nullish() }).loose().nullish() }).loose();
export type AsanaProjectSummary = z.infer<typeof AsanaProjectSummary>;

/**
 * The workspace's unarchived projects with their teams, every page.
 * @example (await workspaceProjects(http, '1200000000000001')).map((project) => project.gid)
 */
export async function workspaceProjects(http: AsanaHttp, workspaceGid: string): Promise<AsanaProjectSummary[]> {
  const projects: AsanaProjectSummary[] = [];
  for await (const page of http.pages({
    path: '/workspaces/{workspace_gid}/projects',
    pathParams: { workspace_gid: workspaceGid },
    query: { archived: 'false', opt_fields: 'name,team,team.name' },
    subject: `projects of workspace ${workspaceGid}`,
    item: AsanaProjectSummary,
  })) {
    projects.push(...page);
  }
  return projects;
}
