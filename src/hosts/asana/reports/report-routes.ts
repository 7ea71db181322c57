import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { ZodError } from 'zod';
import type { AsanaConnectionStore } from '../connect/asana-connection';
import type { AsanaLog } from '../asana-log';
import type { AsanaViewer } from '../sign-in/asana-viewers';
import { signInPage } from '../sign-in/sign-in-page';
import { isMemberOf } from '../sign-in/viewer-session';
import { AsanaReportRefusal, type AsanaReportDeps, type AsanaReportScope, type AsanaWorkspaceRef, asanaComplianceReport, asanaReportAnswer, InvokeBody } from './asana-report-resolvers';
import { ASANA_REPORTS, type AsanaReport, asanaReportPage } from './report-pages';
import { refusalPage } from './refusal-page';
import { errorMessage } from '../../shared/error-message';
import { zodProblems } from '../../local/database/stored-row';
import { Gid } from '../connect/form-requests';

export interface AsanaReportRoutesDeps extends AsanaReportDeps {
  connections: Pick<AsanaConnectionStore, 'forWorkspace'>;
  /** The Mops person asking; report pages are for signed-in people. */
  personOf(c: Context): Promise<string | undefined>;
  /** Who is viewing, signed in with Asana: reports read Asana as them. */
  viewers: { of(c: Context): Promise<AsanaViewer | undefined> };
  /** True when viewers can sign in with OAuth; otherwise the sign-in page offers a personal access token form. */
  oauthConfigured: boolean;
  /** Where the Asana routes are mounted, e.g. "/asana": the pages link to their siblings under it. */
  basePath: string;
  log: AsanaLog;
}

/** Why a report cannot be shown: a status, the resolver envelope's kind, and the words for a page or JSON. */
interface ReportRefusal {
  status: 403 | 404;
  kind: 'no-permission' | 'not-found';
  title: string;
  message: string;
  next?: { href: string; label: string };
}

const isRefusal = (found: AsanaWorkspaceRef | ReportRefusal): found is ReportRefusal => 'status' in found;

// The same page side of the bridge as the local tracker's pages.
const FRAME_SCRIPT = path.join(__dirname, '../../local/frame/browser/custom-ui-host.js');

/**
 * Report pages of a connected Asana workspace, served by the app server with the same Custom UI apps:
 *   GET  /workspaces/:gid/reports/:report        duplicates, budget or capacity, framed (see report-pages.ts)
 *   POST /workspaces/:gid/api/invoke/:name       the framed app's resolver calls, in the resolver envelope
 *   GET  /workspaces/:gid/compliance             template compliance of the workspace's tasks (JSON)
 *   GET  /reports/frame.js                       the page's side of the bridge
 * Asking needs a signed-in Mops person (403) and a connected workspace (404): the pages answer those, and
 * an unknown report, with a page saying so, the JSON routes with the resolver envelope. Everything is then read
 * as the viewer signed in with Asana, a member of the workspace, so projects and tasks their Asana
 * account may not see never appear. Without such a viewer the pages answer the "Sign in with Asana"
 * page, and the JSON routes 403 no-permission.
 * @example app.route('/', asanaReportRoutes({ workspaces, states, mops, reviews, connections, personOf, viewers, oauthConfigured: true, basePath: '/asana', log }));
 */
export function asanaReportRoutes(deps: AsanaReportRoutesDeps): Hono {
  const routes = new Hono();

  /** The workspace asked for, or why it cannot be shown: the page routes word it as a page, the JSON routes as JSON. */
  async function workspaceOf(c: Context): Promise<AsanaWorkspaceRef | ReportRefusal> {
    if ((await deps.personOf(c)) === undefined) return { status: 403, kind: 'no-permission', title: 'Sign in to Mops', message: 'Sign in to Mops to see Asana reports' };
    const gid = c.req.param('gid') ?? '';
    const connection = Gid.safeParse(gid).success ? await deps.connections.forWorkspace(gid) : undefined;
    const workspace = connection?.workspaces.find((candidate) => candidate.gid === gid);
    if (!workspace) {
      const connect = `${deps.basePath}/connect`;
      return { status: 404, kind: 'not-found', title: 'Asana workspace not connected', message: `Asana workspace ${gid} is not connected to Mops; connect it at ${connect}`, next: { href: connect, label: 'Connect an Asana workspace to Mops' } };
    }
    return workspace;
  }

  const refusedAsJson = (c: Context, refusal: ReportRefusal) => c.json({ ok: false, error: { kind: refusal.kind, message: refusal.message } }, refusal.status);
  const refusedAsPage = (c: Context, refusal: Omit<ReportRefusal, 'kind'>) => c.html(refusalPage(refusal), refusal.status);

  /** The viewer's scope in the workspace, or undefined when nobody who is a member signed in with Asana. */
  async function scopeOf(c: Context, workspace: AsanaWorkspaceRef): Promise<{ scope?: AsanaReportScope; viewer?: AsanaViewer }> {
    const viewer = await deps.viewers.of(c);
    if (!viewer) return {};
    if (!isMemberOf(viewer, workspace.gid)) return { viewer };
    return { viewer, scope: { workspace, http: deps.workspaces.httpAs(viewer.accessToken), asanaUser: viewer.asanaUser } };
  }

  const signInFirst = (c: Context) => c.json({ ok: false, error: { kind: 'no-permission', message: "Sign in with Asana to see this workspace's reports" } }, 403);

  routes.get('/reports/frame.js', async (c) => c.body(await readFile(FRAME_SCRIPT, 'utf8'), 200, { 'content-type': 'text/javascript; charset=utf-8' }));

  routes.get('/workspaces/:gid/reports/:report', async (c) => {
    const report = c.req.param('report');
    if (!Object.hasOwn(ASANA_REPORTS, report)) return refusedAsPage(c, { status: 404, title: 'No such report', message: `No report "${report}"; an Asana workspace has ${Object.keys(ASANA_REPORTS).join(', ')}` });
    const workspace = await workspaceOf(c);
    if (isRefusal(workspace)) return refusedAsPage(c, workspace);
    const { scope, viewer } = await scopeOf(c, workspace);
    if (!scope) {
      const returnTo = `${deps.basePath}/workspaces/${workspace.gid}/reports/${report}`;
      return c.html(signInPage({ basePath: deps.basePath, workspace, returnTo, oauth: deps.oauthConfigured, ...(viewer ? { signedInAs: viewer.asanaUser.name } : {}) }), 403);
    }
    return c.html(asanaReportPage(workspace, report as AsanaReport, deps.basePath));
  });

  routes.post('/workspaces/:gid/api/invoke/:name', async (c) => {
    const workspace = await workspaceOf(c);
    if (isRefusal(workspace)) return refusedAsJson(c, workspace);
    const { scope } = await scopeOf(c, workspace);
    if (!scope) return signInFirst(c);
    const name = c.req.param('name');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ ok: false, error: { kind: 'bad-request', message: `${name}: the body is not JSON; send { payload, context }` } }, 400);
    }
    const request = InvokeBody.safeParse(body);
    if (!request.success) return c.json({ ok: false, error: { kind: 'bad-request', message: `${name}: expected { payload, context }` } }, 400);
    try {
      return c.json({ ok: true, data: await asanaReportAnswer(name, request.data.payload, scope, deps) });
    } catch (error) {
      if (error instanceof AsanaReportRefusal) return c.json({ ok: false, error: { kind: 'not-found', message: error.message } }, 404);
      if (error instanceof ZodError) return c.json({ ok: false, error: { kind: 'bad-request', message: `${name} payload not accepted: ${zodProblems(error).join('; ')}` } }, 400);
      deps.log('error', 'Asana report failed', { workspaceGid: workspace.gid, name, error: errorMessage(error) });
      return c.json({ ok: false, error: { kind: 'internal', message: `${name} failed; the server's log has the details` } }, 500);
    }
  });

  routes.get('/workspaces/:gid/compliance', async (c) => {
    const workspace = await workspaceOf(c);
    if (isRefusal(workspace)) return refusedAsJson(c, workspace);
    const { scope } = await scopeOf(c, workspace);
    if (!scope) return signInFirst(c);
    return c.json({ ok: true, data: await asanaComplianceReport(scope, deps) });
  });

  return routes;
}
