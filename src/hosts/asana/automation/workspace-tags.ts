import { z } from 'zod';
import { AsanaHttpError } from '../api/asana-errors';
import type { AsanaHttp } from '../api/asana-http';
import { optFields, TAG_FIELDS } from '../api/opt-fields';
import { dataOf, Gid } from '../api/responses';

/** The tag on tasks Mops found likely duplicates for: Asana cannot block them, so they are flagged to remediate. */
export const DUPLICATE_TAG = 'Mops: possible duplicate';
/** The tag on tasks missing what their template requires (the flag comment says what). */
export const INCOMPLETE_TAG = 'Mops: template incomplete';

const TagRecord = z.object({ gid: Gid, name: z.string().nullish() }).loose();
const CreatedTag = dataOf(TagRecord);
const Added = dataOf(z.object({}).loose());

/** A tag's gid being found or made, and the listing it was looked up in. */
interface TagLookup {
  gid: Promise<string>;
  listing: Promise<Map<string, string>>;
}

/**
 * Mops' flag tags in each workspace, found by name (one paged listing of the workspace's tags per
 * process) or created when absent, and remembered for the process. Lookups are shared while in flight,
 * so tasks flagged at the same moment never create a tag twice; a failed lookup is forgotten and asked
 * again, and a tag deleted in Asana is looked up afresh once, however many tasks find it gone at once.
 * (Two server processes starting on an empty workspace at once could each create one; Asana allows
 * tags of the same name, and both carry the flag.)
 * @example const tags = new WorkspaceTags(); await tags.tagTask(http, '1200', '1209', DUPLICATE_TAG) // 1–3 calls the first time, 1 after
 */
export class WorkspaceTags {
  private readonly listings = new Map<string, Promise<Map<string, string>>>();
  private readonly lookups = new Map<string, TagLookup>();

  /**
   * Adds the tag named `name` to the task (Asana ignores a tag the task already has). A task that is
   * gone (404 on its path) is thrown as it is: the tags Mops knows stay known.
   */
  async tagTask(http: AsanaHttp, workspaceGid: string, taskGid: string, name: string): Promise<void> {
    const lookup = this.lookUp(http, workspaceGid, name);
    const tag = await lookup.gid;
    try {
      await this.addTag(http, taskGid, tag, name);
    } catch (error) {
      // Asana's 400 names the tag: someone deleted it since Mops found it. Find or make it afresh, once.
      if (!(error instanceof AsanaHttpError) || error.status !== 400) throw error;
      this.forget(workspaceGid, name, lookup);
      await this.addTag(http, taskGid, await this.gidOf(http, workspaceGid, name), name);
    }
  }

  /** The gid of the tag named `name`, found or created. */
  gidOf(http: AsanaHttp, workspaceGid: string, name: string): Promise<string> {
    return this.lookUp(http, workspaceGid, name).gid;
  }

  private lookUp(http: AsanaHttp, workspaceGid: string, name: string): TagLookup {
    const key = `${workspaceGid}/${name}`;
    const known = this.lookups.get(key);
    if (known) return known;
    const listing = this.listingOf(http, workspaceGid);
    const lookup: TagLookup = { listing, gid: listing.then((byName) => byName.get(name) ?? this.create(http, workspaceGid, name)) };
    lookup.gid.catch(() => {
      if (this.lookups.get(key) === lookup) this.lookups.delete(key);
    });
    this.lookups.set(key, lookup);
    return lookup;
  }

  /**
   * Forgets a lookup whose tag is gone, and the listing it came from, unless another caller already
   * forgot them and started a fresh lookup, which is then shared instead of repeated.
   */
  private forget(workspaceGid: string, name: string, stale: TagLookup): void {
    const key = `${workspaceGid}/${name}`;
    if (this.lookups.get(key) === stale) this.lookups.delete(key);
    if (this.listings.get(workspaceGid) === stale.listing) this.listings.delete(workspaceGid);
  }

  private listingOf(http: AsanaHttp, workspaceGid: string): Promise<Map<string, string>> {
    const cached = this.listings.get(workspaceGid);
    if (cached) return cached;
    const listing = (async () => {
      const byName = new Map<string, string>();
      for await (const page of http.pages({ path: '/workspaces/{workspace_gid}/tags', pathParams: { workspace_gid: workspaceGid }, query: { opt_fields: optFields(TAG_FIELDS) }, subject: `tags of workspace ${workspaceGid}`, item: TagRecord })) {
        // Asana allows several tags of one name; the first listed is the one Mops keeps using.
        for (const tag of page) if (tag.name && !byName.has(tag.name)) byName.set(tag.name, tag.gid);
      }
      return byName;
    })();
    listing.catch(() => {
      if (this.listings.get(workspaceGid) === listing) this.listings.delete(workspaceGid);
    });
    this.listings.set(workspaceGid, listing);
    return listing;
  }

  private async create(http: AsanaHttp, workspaceGid: string, name: string): Promise<string> {
    const created = await http.request({
      method: 'POST',
      path: '/workspaces/{workspace_gid}/tags',
      pathParams: { workspace_gid: workspaceGid },
      query: { opt_fields: optFields(TAG_FIELDS) },
      body: { data: { name } },
      subject: `the tag "${name}" in workspace ${workspaceGid}`,
      schema: CreatedTag,
    });
    return created.data.gid;
  }

  private async addTag(http: AsanaHttp, taskGid: string, tagGid: string, name: string): Promise<void> {
    await http.request({ method: 'POST', path: '/tasks/{task_gid}/addTag', pathParams: { task_gid: taskGid }, body: { data: { tag: tagGid } }, subject: `the tag "${name}" on task ${taskGid}`, schema: Added });
  }
}
