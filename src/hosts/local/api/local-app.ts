import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type ResolverErrorKind, type ResolverName, ResolverPayloads } from '../../jira/resolvers/contract';
import type { LocalMops } from '../local-mops';
import { loadOrganisationName, loadPeople, loadPortfolios, loadProjects, loadTeams } from '../organisation/organisation-rows';
import { ApiRefusal, errorAnswer, STATUS_OF_KIND } from './api-refusal';
import { InvokeRequest, invokeResolver, isResolverName } from './invoke-resolver';
import { parseOrRefuse, readJsonBody } from './read-json-body';
import { problemPage } from '../frame/frame-pages';
import { registerFramePages } from '../frame/frame-routes';
import { registerTaskRoutes } from './task-routes';
import { requestedPersonId, resolveViewer } from './viewer';
import type { ViewerOf } from './viewer-of';

const PAGE_TITLE_OF_KIND: Record<ResolverErrorKind, string> = {
  'bad-request': 'Request not accepted',
  'no-permission': 'Not allowed',
  'not-found': 'Not found',
  unavailable: 'Mops is not ready',
  internal: 'Something went wrong',
};

/** The tracker frame's own pages, as opposed to the API, the apps' files and the bridge's scripts. */
function isTrackerPage(method: string, pathname: string): boolean {
  return method === 'GET' && !/^\/(api|apps|bridge)(\/|$)/.test(pathname);
}

/** Larger bodies are refused before they are read: settings with many templates stay far below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface LocalAppOptions {
  mops: LocalMops;
  /** Who requests act as when they name nobody (MOPS_USER). */
  defaultPersonId?: string;
  /** Where the built Custom UI apps are (static/<app>/build); the repository's static/ unless told. */
  staticDir?: string;
}

/**
 * The local host's HTTP API. Every answer is the resolver envelope — `{ ok: true, data }` or
 * `{ ok: false, error: { kind, message } }` — with the HTTP status of its kind (400, 403, 404, 503, 500),
 * so the same UI code reads answers from here and from Forge. Routes:
 *   POST /api/invoke/:name   a resolver of contract.ts; body { payload?, context?: { extension: { issue?: { id }, project?: { id } } } }
 *   GET  /api/tasks          tasks the viewer sees (?projectId=…&openOnly=true)
 *   GET  /api/tasks/:id      a task with its subtasks, comments and links
 *   POST /api/tasks          create a task (NewTask) and run the on-created automation
 *   GET  /api/organisation   name, viewer, teams, portfolios, visible projects, people
 *   GET  /api/health         the database in use
 * The viewer is the person named by the X-Mops-User header or mops_user cookie (see viewer.ts).
 * @example const app = createLocalApp({ mops }); const response = await app.request('/api/health');
 */
export function createLocalApp(options: LocalAppOptions): Hono {
  const { mops } = options;
  const app = new Hono();
  const viewerOf: ViewerOf = (c) => resolveViewer(mops.db, requestedPersonId(c), options.defaultPersonId);

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      // The unread body is left on the socket: closing it stops a client reusing the connection mid-body.
      onError: (c) => c.json({ ok: false, error: { kind: 'bad-request', message: `The request body is larger than ${MAX_BODY_BYTES} bytes` } }, 413, { Connection: 'close' }),
    }),
  );

  app.get('/api/health', async (c) => c.json({ ok: true, data: { database: mops.db.description, organisation: (await loadOrganisationName(mops.db)) ?? null } }));

  app.get('/api/organisation', async (c) => {
    const viewer = await viewerOf(c);
    const [name, teams, portfolios, projects, people] = await Promise.all([
      loadOrganisationName(mops.db),
      loadTeams(mops.db),
      loadPortfolios(mops.db),
      loadProjects(mops.db, viewer.principal),
      loadPeople(mops.db),
    ]);
    const me = { id: viewer.person.id, name: viewer.person.name, teamId: viewer.person.teamId, teamKind: viewer.teamKind };
    return c.json({ ok: true, data: { name: name ?? null, viewer: me, teams, portfolios, projects, people } });
  });

  app.post('/api/invoke/:name', async (c) => {
    const name = c.req.param('name');
    if (!isResolverName(name)) {
      const known = Object.keys(ResolverPayloads) as ResolverName[];
      throw new ApiRefusal('not-found', `No resolver "${name}"; the resolvers are ${known.join(', ')}`);
    }
    const body = parseOrRefuse(InvokeRequest, (await readJsonBody(c)) ?? {}, `${name} request not accepted`);
    const viewer = await viewerOf(c);
    return c.json({ ok: true, data: await invokeResolver(name, body, viewer, mops) });
  });

  registerTaskRoutes(app, mops, viewerOf);
  registerFramePages(app, mops, viewerOf, options.staticDir);

  app.notFound((c) => c.json({ ok: false, error: { kind: 'not-found', message: `Nothing at ${c.req.method} ${c.req.path}` } }, 404));

  app.onError((error, c) => {
    const answer = errorAnswer(error);
    const where = `${c.req.method} ${c.req.path}`;
    if (answer.expected) mops.log('warn', `${where} refused (${answer.kind}): ${answer.message}`);
    else mops.log('error', `${where} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    // A tracker page answers as a page, so its header (with "Viewing as") still offers a way on.
    if (isTrackerPage(c.req.method, c.req.path)) return c.html(problemPage(PAGE_TITLE_OF_KIND[answer.kind], answer.message), STATUS_OF_KIND[answer.kind]);
    return c.json({ ok: false, error: { kind: answer.kind, message: answer.message } }, STATUS_OF_KIND[answer.kind]);
  });
  return app;
}
