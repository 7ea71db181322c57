import { Hono, type Context } from 'hono';
import type { SqlClient } from '../local/database/sql-client';
import { asanaAppComponentsRoutes } from './app-components/app-components-routes';
import type { AsanaHttpOptions } from './api/asana-http';
import type { AsanaLog } from './asana-log';
import { AsanaAutomation, type WidgetAttachments } from './automation/asana-automation';
import { catchUp, type CatchUpReport } from './automation/catch-up';
import type { MopsCore } from './automation/mops-core';
import { type ScheduledJob, type Scheduler, timerScheduler } from './automation/scheduler';
import { AsanaAccessTokens, AsanaTokenRefresher } from './connect/access-tokens';
import { asanaConnectRoutes } from './connect/connect-routes';
import { Gid } from './connect/form-requests';
import { type FetchLike, httpAsanaAuthApi } from './connect/http-asana-auth-api';
import { ruleActionRoutes } from './rule-actions/rule-action-routes';
import { SqlRuleActions } from './rule-actions/sql-rule-actions';
import { SecretBox } from './secrets/secret-box';
import type { AsanaServerConfig } from './server/asana-server-config';
import { runRuleAction } from './server/run-rule-action';
import { asanaWidgetView } from './server/widget-view';
import { attachRoutes, WIDGET_RESOURCE_NAME, widgetResourceUrl } from './server/attach-routes';
import { SqlAsanaConnections } from './stores/sql-asana-connections';
import { SqlAsanaOAuthStates } from './stores/sql-asana-oauth-states';
import { SqlAsanaViewerSessions } from './stores/sql-asana-viewer-sessions';
import { AsanaViewers } from './sign-in/asana-viewers';
import { asanaSignIn } from './sign-in/sign-in-routes';
import { isMemberOf } from './sign-in/viewer-session';
import { SqlAsanaSubscriptions } from './stores/sql-asana-subscriptions';
import { SqlAsanaSyncTokenStore } from './stores/sql-asana-sync-token-store';
import { SqlAsanaTaskStateStore } from './stores/sql-asana-task-state-store';
import { SqlReplayGuard } from './stores/sql-replay-guard';
import { SqlWebhookSecrets } from './stores/sql-webhook-secrets';
import { AsanaSubscriber, type WorkspaceSubscription } from './subscribe/asana-subscriber';
import { serialQueue } from './webhooks/background-queue';
import { asanaWebhookRoutes } from './webhooks/webhook-routes';
import { asanaReportRoutes } from './reports/report-routes';
import { sqlReviewedPairs } from '../local/stores/sql-reviewed-pairs';
import { AsanaWorkspaces } from './workspace/asana-workspaces';
import { errorMessage } from '../shared/error-message';

export interface AsanaServerDeps {
  config: AsanaServerConfig;
  /** The app server's database (migrated): connections, secrets, subscriptions, task state. */
  db: SqlClient;
  /** Settings, people, the shared duplicate index, leases and the clock of the host Mops runs in. */
  mops: MopsCore;
  /** The Mops person making a request (the app server's sign-in); undefined for nobody. */
  personOf(c: Context): Promise<string | undefined>;
  log: AsanaLog;
  /** Runs the Events API catch-up; Node timers unless a test drives it by hand. */
  scheduler?: Scheduler;
  /** For the OAuth and /users/me calls; the global fetch unless told. */
  fetch?: FetchLike;
  /** Retry pacing of Asana REST clients (tests make waits instant). */
  http?: AsanaHttpOptions;
  /** Where the routes are mounted; "/asana" unless told (OAuth's callback URL assumes it). */
  basePath?: string;
}

/** The Asana module of the app server, running. */
export interface AsanaServer {
  /** Every Asana route, relative to where it is mounted: mount at /asana (`app.mount('/asana', asana.fetch)`). */
  readonly app: Hono;
  fetch(request: Request): Response | Promise<Response>;
  readonly automation: AsanaAutomation;
  readonly subscriber: AsanaSubscriber;
  readonly workspaces: AsanaWorkspaces;
  /** Subscribes connected workspaces that have no subscription yet, then catches up on every subscribed project. */
  catchUp(): Promise<CatchUpReport>;
  /** Starts the catch-up on the scheduler (once). */
  start(): void;
  /** Resolves when every webhook delivery received so far has been processed. */
  drained(): Promise<void>;
  /** Stops the catch-up (waiting for a run under way) and the webhook processing. */
  stop(): Promise<void>;
}

/**
 * The Asana app server, composed over the host's database and use cases. Routes (under /asana):
 *   POST /webhooks/:receiverId                      webhook handshakes and signed deliveries
 *   GET  /connect, /oauth/callback; POST /connect/token, /disconnect   connecting a workspace
 *   GET  /sign-in, /sign-in/session; POST /sign-in/token, /sign-out     viewers signing in with Asana (reports read as them)
 *   POST /workspaces/:gid/subscribe                 subscribes every project (and team) of a connected workspace that the signed-in viewer's Asana lists
 *   GET  /app-components/widget                     the task widget (signed)
 *   POST /app-components/attach                     resource_attach_url: attaches the Mops widget to a task (signed)
 *   *    /app-components/rule-actions/:kind/…       "Apply Mops template", "Check for duplicates" (signed)
 *   GET  /workspaces/:gid/tasks/:task               the widget's resource URL: on to the workspace's reports
 *   GET  /workspaces/:gid/reports/:report           duplicates, budget and capacity pages with the Custom UI apps
 *   POST /workspaces/:gid/api/invoke/:name          their resolver calls; GET /workspaces/:gid/compliance: compliance (JSON)
 * Reports, subscribing and the widget read Asana as the viewer signed in with Asana (their own permissions; the
 * widget finds them by the Asana user Asana signed its request for); webhooks and the automation act as the
 * workspace's connection.
 * Webhook events and Events API events go to the same AsanaAutomation; both pass the same replay guard.
 * CORS answers https://app.asana.com on the App Components routes only.
 * @example const asana = createAsanaServer({ config, db, mops, personOf, log }); app.mount('/asana', asana.fetch); asana.start();
 */
export function createAsanaServer(deps: AsanaServerDeps): AsanaServer {
  const { config, db, mops, log } = deps;
  const basePath = deps.basePath ?? '/asana';
  const box = new SecretBox(config.keyring);
  const connections = new SqlAsanaConnections(db, box);
  const authApi = httpAsanaAuthApi({ fetch: deps.fetch ?? fetch, baseUrl: config.authBaseUrl, ...(config.oauth ? { client: config.oauth } : {}) });
  const tokens = new AsanaAccessTokens({ connections, api: authApi, clock: mops.clock, log });
  const subscriptions = new SqlAsanaSubscriptions(db);
  const secrets = new SqlWebhookSecrets(db, box);
  const seen = new SqlReplayGuard(db);
  const states = new SqlAsanaTaskStateStore(db, mops.clock);
  const syncTokens = new SqlAsanaSyncTokenStore(db, mops.clock);
  const ruleActions = new SqlRuleActions(db);
  const workspaces = new AsanaWorkspaces({ apiBaseUrl: config.apiBaseUrl, tokens, subscriptions, states, mopsSettings: () => mops.settings(), mopsPeople: () => mops.people(), clock: mops.clock, log, ...(deps.http ? { http: deps.http } : {}) });
  const subscriber = new AsanaSubscriber({ workspaces, subscriptions, secrets, syncTokens, webhookBaseUrl: `${config.publicUrl}${basePath}/webhooks`, clock: mops.clock, log });
  // The widget renders only where Asana can call the App Components routes: attach it only then.
  const asanaPublicUrl = `${config.publicUrl}${basePath}`;
  const widget: WidgetAttachments | undefined = config.appClientSecret?.reveal()
    ? { urlOf: (workspaceGid, taskGid) => widgetResourceUrl(asanaPublicUrl, workspaceGid, taskGid), name: WIDGET_RESOURCE_NAME, connectToApp: async (workspaceGid) => (await connections.forWorkspace(workspaceGid))?.kind === 'oauth' }
    : undefined;
  const automation = new AsanaAutomation({ workspaces, states, mops, guard: seen, subscribeProject: (workspaceGid, projectGid) => subscriber.subscribeProject(workspaceGid, projectGid), ...(widget ? { widget } : {}), log });
  const queue = serialQueue(log);

  const app = new Hono();
  app.onError((error, c) => {
    log('error', 'Asana request failed', { path: c.req.path, error: errorMessage(error) });
    return c.json({ error: "Mops failed on this Asana request; the server's log has the details" }, 500);
  });

  app.route(
    '/webhooks',
    asanaWebhookRoutes({
      secrets,
      seen,
      queue,
      clock: mops.clock,
      log,
      onEvent: async (event, { receiverId }) => {
        const subscription = await subscriptions.byReceiver(receiverId);
        if (!subscription) {
          log('warn', 'Asana event for a receiver with no subscription; ignored', { receiverId });
          return;
        }
        await automation.handle(event, { workspaceGid: subscription.workspaceGid, kind: subscription.kind });
      },
    }),
  );

  // Viewers sign in with their own Asana account; the report pages and subscribing read Asana as them.
  const oauthStates = new SqlAsanaOAuthStates(db, box);
  const viewerSessions = new SqlAsanaViewerSessions(db, box);
  const viewers = new AsanaViewers({ sessions: viewerSessions, refresher: new AsanaTokenRefresher({ api: authApi, clock: mops.clock, log }), personOf: deps.personOf, clock: mops.clock, log, revoke: (refreshToken) => authApi.revoke(refreshToken) });
  const signIn = asanaSignIn({
    ...(config.oauth ? { oauth: config.oauth } : {}),
    api: authApi,
    states: oauthStates,
    sessions: viewerSessions,
    viewers,
    personOf: deps.personOf,
    clock: mops.clock,
    log,
    basePath,
    publicUrl: config.publicUrl,
    asanaBaseUrl: config.authBaseUrl,
  });

  // The connect routes guard everything they serve (CSRF, a 16 KiB body limit, no-store), so they run as
  // an app of their own: their middleware must not reach the webhook receiver's larger deliveries.
  const connect = asanaConnectRoutes({
    ...(config.oauth ? { oauth: config.oauth } : {}),
    api: authApi,
    connections,
    states: oauthStates,
    finishSignIn: signIn.finishOAuth,
    personOf: deps.personOf,
    clock: mops.clock,
    log,
    asanaBaseUrl: config.authBaseUrl,
    basePath,
  });
  for (const path of ['/connect', '/connect/*', '/oauth/*', '/disconnect']) app.all(path, (c) => connect.fetch(c.req.raw));
  for (const path of ['/sign-in', '/sign-in/*', '/sign-out']) app.all(path, (c) => signIn.routes.fetch(c.req.raw));

  app.post('/workspaces/:gid/subscribe', async (c) => {
    const person = await deps.personOf(c);
    if (person === undefined) return c.json({ error: 'Sign in to Mops before subscribing Asana projects' }, 401);
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== new URL(config.publicUrl).origin && origin !== new URL(c.req.url).origin) return c.json({ error: `Posted from another site (Origin ${origin}); subscribe from Mops' own pages` }, 403);
    const workspaceGid = c.req.param('gid');
    if (!Gid.safeParse(workspaceGid).success) return c.json({ error: `workspace: "${workspaceGid}" is not an Asana gid; expected digits, e.g. 1200445566` }, 400);
    if (!(await connections.forWorkspace(workspaceGid))) return c.json({ error: `Asana workspace ${workspaceGid} is not connected to Mops; connect it first at ${basePath}/connect` }, 404);
    const viewer = await viewers.of(c);
    if (!viewer || !isMemberOf(viewer, workspaceGid)) return c.json({ error: `Sign in with Asana as a member of workspace ${workspaceGid} before subscribing its projects: ${basePath}/sign-in?workspace=${workspaceGid}` }, 403);
    const outcome: WorkspaceSubscription = await subscriber.subscribeWorkspace(workspaceGid, person, workspaces.httpAs(viewer.accessToken));
    return c.json(outcome, outcome.failed.length === 0 ? 200 : 207);
  });

  app.get('/workspaces/:gid/tasks/:task', (c) => c.redirect(`${basePath}/workspaces/${c.req.param('gid')}/reports/duplicates`, 302));
  app.route('/', asanaReportRoutes({ workspaces, states, mops, reviews: sqlReviewedPairs(db), connections, personOf: deps.personOf, viewers, oauthConfigured: config.oauth !== undefined, basePath, log }));

  const clientSecret = config.appClientSecret?.reveal();
  if (clientSecret) {
    app.route(
      '/app-components',
      asanaAppComponentsRoutes({
        clientSecret,
        idempotency: seen,
        clock: mops.clock,
        log,
        widgetView: (request) => asanaWidgetView(request, { connections, workspaces, mops, viewers }),
      }),
    );
    app.route('/app-components', attachRoutes({ clientSecret, publicUrl: asanaPublicUrl, idempotency: seen, clock: mops.clock, log }));
    app.route(
      '/app-components',
      ruleActionRoutes({
        clientSecret,
        idempotency: seen,
        store: ruleActions,
        templates: async () => (await mops.settings()).templates,
        run: async (kind, request, ruleConfig) => runRuleAction(automation, kind, request, ruleConfig, (await mops.settings()).templates),
        publicBaseUrl: `${config.publicUrl}${basePath}/app-components`,
        clock: mops.clock,
        log,
      }),
    );
  } else {
    app.all('/app-components/*', (c) => c.json({ error: 'App Components are not configured on this server: set MOPS_ASANA_CLIENT_SECRET to the Asana app’s client secret' }, 503));
  }

  const runCatchUp = async (): Promise<CatchUpReport> => {
    for (const connection of await connections.list()) {
      for (const workspace of connection.workspaces) {
        if ((await subscriptions.list(workspace.gid)).length > 0) continue;
        await subscriber.subscribeWorkspace(workspace.gid, connection.connectedBy).catch((error: unknown) => {
          log('error', 'Asana workspace could not be subscribed', { workspaceGid: workspace.gid, error: errorMessage(error) });
        });
      }
    }
    return catchUp({ subscriptions, workspaces, automation, syncTokens, states, seen, now: () => mops.clock.now(), log });
  };

  let job: ScheduledJob | undefined;
  const scheduler = deps.scheduler ?? timerScheduler((error) => log('error', 'Asana catch-up failed', { error: errorMessage(error) }));
  return {
    app,
    fetch: (request) => app.fetch(request),
    automation,
    subscriber,
    workspaces,
    catchUp: runCatchUp,
    start() {
      job ??= scheduler.every(config.catchUpIntervalMs, async () => {
        await runCatchUp();
      });
    },
    drained: () => queue.drained(),
    async stop() {
      await job?.stop();
      job = undefined;
      await queue.drained();
    },
  };
}
