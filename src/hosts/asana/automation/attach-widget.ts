import { z } from 'zod';
import { AsanaHttpError } from '../api/asana-errors';
import type { AsanaHttp } from '../api/asana-http';
import { ATTACHMENT_FIELDS, CREATED_FIELDS, optFields } from '../api/opt-fields';
import { AsanaCreatedAnswer } from '../api/responses';
import { claimTask, type ClaimMemory, DONE_MEMORY_SECONDS, rememberDone } from './task-claims';

/** The widget's attachment for one task: where it points, what it is called, and whether to connect it to the app. */
export interface WidgetAttachment {
  workspaceGid: string;
  taskGid: string;
  /** The widget's resource URL (widgetResourceUrl), which Asana matches against the app's URL pattern. */
  url: string;
  name: string;
  /** Whether to set Asana's `connect_to_app`: only an OAuth token may, and it lets the widget show on API-made attachments. Asked only when posting. */
  connectToApp(): Promise<boolean>;
}

/**
 * What became of the attachment: made now; there already (this run or an earlier one made it); or
 * refused by Asana (a 4xx other than 401: the connection may not attach, or the task is gone), which a
 * later run may try again.
 */
export type WidgetAttached = { outcome: 'attached' } | { outcome: 'already-attached' } | { outcome: 'refused'; reason: string };

const AttachmentFound = z.object({ name: z.string().nullish(), resource_subtype: z.string().nullish(), download_url: z.string().nullish(), view_url: z.string().nullish() }).loose();
type AttachmentFound = z.infer<typeof AttachmentFound>;

/**
 * Whether an attachment is the widget's: a link at its URL, or an external link named as Mops names it,
 * since Asana documents view_url and download_url as nullable and never promises the posted URL back.
 */
const isWidget = (attachment: AttachmentFound, target: WidgetAttachment) =>
  attachment.view_url === target.url || attachment.download_url === target.url || (attachment.resource_subtype === 'external' && attachment.name === target.name);

const claimKey = (target: WidgetAttachment) => `asana-widget:${target.workspaceGid}:${target.taskGid}`;
const triedKey = (target: WidgetAttachment) => `asana-widget-tried:${target.workspaceGid}:${target.taskGid}`;

async function hasWidget(http: AsanaHttp, target: WidgetAttachment): Promise<boolean> {
  for await (const page of http.pages({ path: '/attachments', query: { parent: target.taskGid, opt_fields: optFields(ATTACHMENT_FIELDS) }, subject: `attachments of task ${target.taskGid}`, item: AttachmentFound })) {
    if (page.some((attachment) => isWidget(attachment, target))) return true;
  }
  return false;
}

/** A refusal that concerns the task, returned rather than thrown; a 401 means the connection's token no longer works, which retrying the event once it is fixed will mend. */
const refusedForTask = (error: unknown): error is AsanaHttpError => error instanceof AsanaHttpError && error.status >= 400 && error.status < 500 && error.status !== 401;

/**
 * Puts the Mops widget on a task: an external attachment (`POST /attachments`, multipart) whose URL is
 * the widget's resource URL, so Asana renders the App Components widget there. Once per task: the
 * replay guard holds a claim per task, so redelivered, concurrent or late events find it taken and
 * call nothing. The claim is a short lease while Asana is asked and is remembered once the attachment
 * is there; when the POST fails the claim is released, and a run that stopped half-way lets its lease
 * run out, so a later event for the task tries again. Since a failure without an answer may still have
 * made the attachment, every attempt after the first reads the task's attachments before posting, and
 * posts only when the widget is not among them.
 * When `connect_to_app` is refused (400: the app is not on the task's projects, or the token is not
 * OAuth), the plain link is posted instead. A transport or server failure, a 401 (the connection's
 * token) or Asana staying busy (429) is thrown, so the event is delivered again; any other refusal
 * (4xx) is returned.
 * `http` is asked for only when there is something to do.
 * @example await attachWidget(() => workspaces.appHttp(ws), { workspaceGid: ws, taskGid: '1209', url, name: 'Mops', connectToApp: async () => false }, { guard, now }) // { outcome: 'attached' }
 */
export async function attachWidget(http: () => Promise<AsanaHttp>, target: WidgetAttachment, memory: ClaimMemory): Promise<WidgetAttached> {
  if (!(await claimTask(memory, claimKey(target)))) return { outcome: 'already-attached' };
  let attached: WidgetAttached;
  try {
    attached = await attach(http, target, memory);
  } catch (error) {
    await memory.guard.forget(claimKey(target));
    // A refusal will not change by retrying the event at once; throwing would hold the project's catch-up on it.
    if (refusedForTask(error)) return { outcome: 'refused', reason: error.message };
    throw error;
  }
  await rememberDone(memory, claimKey(target));
  return attached;
}

async function attach(http: () => Promise<AsanaHttp>, target: WidgetAttachment, memory: ClaimMemory): Promise<WidgetAttached> {
  const firstAttempt = await memory.guard.firstUse(triedKey(target), DONE_MEMORY_SECONDS, memory.now);
  const client = await http();
  if (!firstAttempt && (await hasWidget(client, target))) return { outcome: 'already-attached' };
  const post = (connectToApp: boolean) =>
    client.request({
      method: 'POST',
      path: '/attachments',
      query: { opt_fields: optFields(CREATED_FIELDS) },
      form: { parent: target.taskGid, resource_subtype: 'external', url: target.url, name: target.name, ...(connectToApp ? { connect_to_app: 'true' } : {}) },
      subject: `the Mops widget's attachment on task ${target.taskGid}`,
      schema: AsanaCreatedAnswer,
    });
  if (await target.connectToApp()) {
    try {
      await post(true);
      return { outcome: 'attached' };
    } catch (error) {
      // Asana connects only where the app is installed on one of the task's projects: a plain link still matches the URL pattern.
      if (!(error instanceof AsanaHttpError) || error.status !== 400) throw error;
    }
  }
  await post(false);
  return { outcome: 'attached' };
}
