import { route } from '@forge/api';
import { z } from 'zod';
import type { StatusCategory } from '../../../core/task/task';
import type { JiraHttp } from '../rest/jira-http';
import type { KeyValueStore } from '../storage';
import { statusCategoryOf } from '../tracker/issue-to-task';

/** `GET /rest/api/3/status/{idOrName}`, as far as Mops reads it. */
const JiraStatusDetails = z.object({
  name: z.string().min(1),
  statusCategory: z.object({ key: z.string().min(1) }),
});

const CachedStatus = z.object({ name: z.string().min(1), statusCategory: z.enum(['todo', 'in_progress', 'done']) });
export type KnownStatus = z.infer<typeof CachedStatus>;

/** Admins rename statuses rarely; a renamed status is seen under its new name within this time. */
const CACHE_SECONDS = 6 * 60 * 60;

/**
 * Status names and categories by id, for the workflow validator, which Jira tells only the target
 * status's id. Each status is asked of Jira once and kept in KVS for six hours, so most transitions
 * cost no extra Jira call.
 * @example await new StatusDirectory(appHttp, kv).status('10001') // { name: 'Done', statusCategory: 'done' }
 */
export class StatusDirectory {
  constructor(
    private readonly http: JiraHttp,
    private readonly kv: KeyValueStore,
    private readonly keyPrefix = 'mops:status:',
  ) {}

  async status(statusId: string): Promise<KnownStatus> {
    if (!/^\d+$/.test(statusId)) throw new Error(`Status id "${statusId}" is not a Jira status id; expected digits such as "10001"`);
    const key = this.keyPrefix + statusId;
    const cached = CachedStatus.safeParse(await this.kv.get(key));
    if (cached.success) return cached.data;
    const details = await this.http.request({ method: 'GET', route: route`/rest/api/3/status/${statusId}`, subject: `status ${statusId}`, schema: JiraStatusDetails });
    const known: KnownStatus = { name: details.name, statusCategory: statusCategoryOf(details.statusCategory.key) satisfies StatusCategory };
    await this.kv.set(key, known, { ttlSeconds: CACHE_SECONDS });
    return known;
  }
}
