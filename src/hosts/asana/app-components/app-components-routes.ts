import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { IssuePanelView } from '../../../app/issue-panel';
import type { Clock } from '../../../app/ports/clock';
import type { AsanaLog } from '../asana-log';
import type { ReplayGuard } from '../replay-guard';
import { admitAppComponentsRequest } from './admit-request';
import { parseAppComponentsPayload, WidgetMetadataRequest } from './requests';
import { SIGNATURE_HEADER } from './verify-request';
import { widgetMetadata } from './widget';

/** The only origin whose pages call App Components endpoints from the browser. */
export const ASANA_ORIGIN = 'https://app.asana.com';

export interface AsanaAppComponentsDeps {
  /** The Asana app's OAuth client secret: the key of `x-asana-request-signature`. */
  clientSecret: string;
  idempotency: ReplayGuard;
  /**
   * The panel view of a task as the Asana user asking sees it; undefined when they may not.
   * `duplicatesHidden` when Mops cannot act as that user, so it must not count other tasks for them.
   */
  widgetView(request: WidgetMetadataRequest): Promise<(IssuePanelView & { duplicatesHidden?: boolean }) | undefined>;
  clock: Clock;
  log: AsanaLog;
}

/**
 * App Components endpoints, mounted by the app server (e.g. `app.route('/asana/app-components', …)`).
 * Every request is verified (signature, `expires_at`, idempotency key) before it is read; CORS answers
 * Asana's origin only, so no other site's page can call these endpoints with a visitor's browser.
 * Routes: GET /widget (widget_metadata_url).
 * @example app.route('/asana/app-components', asanaAppComponentsRoutes({ clientSecret, idempotency, widgetView, clock, log }));
 */
export function asanaAppComponentsRoutes(deps: AsanaAppComponentsDeps): Hono {
  const routes = new Hono();
  routes.use(
    '*',
    cors({
      origin: (origin) => (origin === ASANA_ORIGIN ? ASANA_ORIGIN : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type', SIGNATURE_HEADER],
      maxAge: 600,
    }),
  );

  routes.get('/widget', async (c) => {
    const url = new URL(c.req.url);
    const admitted = await admitAppComponentsRequest(
      { method: 'GET', query: url.search.slice(1), headers: c.req.raw.headers },
      { clientSecret: deps.clientSecret, now: deps.clock.now(), idempotency: deps.idempotency },
    );
    if (!admitted.ok) {
      deps.log('warn', 'Asana widget request refused', { status: admitted.status, reason: admitted.reason });
      return c.json({ error: admitted.reason }, admitted.status);
    }
    const request = parseAppComponentsPayload(WidgetMetadataRequest, admitted.payload);
    if (!request.ok) return c.json({ error: request.reason }, 400);
    const view = await deps.widgetView(request.value);
    if (!view) return c.json({ error: 'Task not found' }, 404);
    const { duplicatesHidden, ...panel } = view;
    return c.json(widgetMetadata(panel, deps.clock.now(), { duplicatesHidden: duplicatesHidden === true }));
  });
  return routes;
}
