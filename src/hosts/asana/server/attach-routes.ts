import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod';
import type { Clock } from '../../../app/ports/clock';
import { admitAppComponentsRequest } from '../app-components/admit-request';
import { ASANA_ORIGIN } from '../app-components/app-components-routes';
import { SIGNATURE_HEADER } from '../app-components/verify-request';
import type { AsanaLog } from '../asana-log';
import type { ReplayGuard } from '../replay-guard';

/** AttachResourceRequest (app_components_oas.yaml): what Mops reads of it. */
const AttachRequest = z.object({ workspace: z.string().min(1).max(64), task: z.string().regex(/^\d{1,64}$/, { message: 'expected an Asana task gid' }), user: z.string().min(1) });

/** What Asana shows as the name of the attachment that carries the widget. */
export const WIDGET_RESOURCE_NAME = 'Mops: budget, compliance, duplicates';

/**
 * The URL of the Mops widget for one task: the widget renders on tasks carrying an attachment whose URL
 * matches the app's resource URL pattern (`<MOPS_PUBLIC_URL>/asana/workspaces/<workspace>/tasks/<task>`).
 * @example widgetResourceUrl('https://mops.example.com/asana', '1200', '1209') // 'https://mops.example.com/asana/workspaces/1200/tasks/1209'
 */
export function widgetResourceUrl(asanaBaseUrl: string, workspaceGid: string, taskGid: string): string {
  return `${asanaBaseUrl}/workspaces/${workspaceGid}/tasks/${taskGid}`;
}

/**
 * POST /attach (resource_attach_url): a person adds "Mops" to a task from Asana's app menu; whatever they
 * typed, the answer (AttachedResourceResponse) is the task's widget URL, so Asana attaches it and the
 * widget renders. Signed and CORS-limited like every App Components request.
 * @example app.route('/asana/app-components', attachRoutes({ clientSecret, publicUrl, idempotency, clock, log }));
 */
export function attachRoutes(deps: { clientSecret: string; /** Public URL of the Asana routes, e.g. https://mops.example.com/asana. */ publicUrl: string; idempotency: ReplayGuard; clock: Clock; log: AsanaLog }): Hono {
  const routes = new Hono();
  routes.use('/attach', cors({ origin: (origin) => (origin === ASANA_ORIGIN ? ASANA_ORIGIN : null), allowMethods: ['POST'], allowHeaders: ['Content-Type', SIGNATURE_HEADER], maxAge: 600 }));
  routes.post('/attach', async (c) => {
    const verdict = await admitAppComponentsRequest({ method: 'POST', query: '', body: await c.req.text(), headers: c.req.raw.headers }, { clientSecret: deps.clientSecret, now: deps.clock.now(), idempotency: deps.idempotency });
    if (!verdict.ok) {
      deps.log('warn', 'Asana attach request refused', { status: verdict.status, reason: verdict.reason });
      return c.json({ error: verdict.reason }, verdict.status);
    }
    const request = AttachRequest.safeParse(verdict.payload);
    if (!request.success) return c.json({ error: request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') }, 400);
    return c.json({ resource_name: WIDGET_RESOURCE_NAME, resource_url: widgetResourceUrl(deps.publicUrl, request.data.workspace, request.data.task) });
  });
  return routes;
}
