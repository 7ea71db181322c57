import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { nameLookup } from '../../../app/directory';
import { collect } from '../../../app/collect';
import type { Task } from '../../../core/task/task';
import type { ViewerOf } from '../api/viewer-of';
import type { LocalMops } from '../local-mops';
import { loadProjects, loadTeams } from '../organisation/organisation-rows';
import { loadTaskPage } from '../tracker/task-page';
import { customUiFile } from './custom-ui-files';
import { adminPage, capacityPage, duplicatesPage, PROJECT_TABS, type ProjectTab, problemPage, projectPage, taskListPage, taskPage } from './frame-pages';
import { colorModeOf, THEME_COOKIE, tokenTheme } from './token-theme';

/** The built Custom UI apps: static/<app>/build, from the repository's root. */
export const DEFAULT_STATIC_DIR = path.resolve(__dirname, '../../../../static');
const BROWSER_DIR = path.join(__dirname, 'browser');
const BROWSER_SCRIPTS = new Set(['custom-ui-bridge.js', 'custom-ui-host.js', 'tracker-frame.js']);

function byKey(a: Task, b: Task): number {
  return a.key.localeCompare(b.key, 'en', { numeric: true });
}

/**
 * The minimal tracker around the Custom UI apps, framing them as Jira does:
 *   GET /                  the viewer's tasks and a "Create task" form (it posts to /api/tasks)
 *   GET /tasks/:id         a task with the issue panel in an iframe; /browse/:key finds a task by key
 *   GET /projects/:key/:tab a project page with the capacity view or the budget report in an iframe
 *   GET /capacity          the capacity view across every project the viewer sees (no project context)
 *   GET /duplicates        the duplicates report across every project the viewer sees; ?project=KEY narrows it
 *   GET /admin             Mops settings (the admin app); its resolvers refuse agencies' people
 *   GET /apps/:app/…       a built app (static/<app>/build) with the bridge script injected
 *   GET /bridge/…          the two halves of the bridge shim and the design-token theme
 */
export function registerFramePages(app: Hono, mops: LocalMops, viewerOf: ViewerOf, staticDir: string = DEFAULT_STATIC_DIR): void {
  app.get('/', async (c) => {
    const viewer = await viewerOf(c);
    const [tasks, projects, teams] = await Promise.all([collect(mops.tracker(viewer.principal).searchTasks({ openOnly: false })), loadProjects(mops.db, viewer.principal), loadTeams(mops.db)]);
    return c.html(taskListPage({ tasks: tasks.sort(byKey), projects, teams, viewerName: viewer.person.name, canAdminister: viewer.teamKind === 'internal' }));
  });

  app.get('/tasks/:id', async (c) => {
    const viewer = await viewerOf(c);
    const taskId = c.req.param('id');
    const view = await loadTaskPage(mops.db, mops.tracker(viewer.principal), viewer.principal, taskId);
    if (!view) return c.html(problemPage('Task not found', `Task ${taskId} does not exist or you do not have permission to see it`), 404);
    const [projects, teams, people] = await Promise.all([loadProjects(mops.db, viewer.principal), loadTeams(mops.db), mops.people()]);
    return c.html(taskPage(view, projects.find((project) => project.id === view.task.projectId), nameLookup({ people, teams })));
  });

  app.get('/capacity', async (c) => {
    await viewerOf(c); // a page for someone not in the organisation is refused, as every page is
    return c.html(capacityPage());
  });

  app.get('/duplicates', async (c) => {
    const viewer = await viewerOf(c);
    const key = c.req.query('project');
    if (key === undefined || key === '') return c.html(duplicatesPage());
    const project = (await loadProjects(mops.db, viewer.principal)).find((candidate) => candidate.key === key);
    if (!project) return c.html(problemPage('Project not found', `Project ${key} does not exist or you do not have permission to see it`), 404);
    return c.html(duplicatesPage(project));
  });

  app.get('/admin', async (c) => {
    await viewerOf(c); // someone not in the organisation is refused here; an agency's people by the resolvers
    return c.html(adminPage());
  });

  const showProject = async (c: Context, key: string, tab: string) => {
    if (!Object.hasOwn(PROJECT_TABS, tab)) return c.html(problemPage('Page not found', `A project page has the tabs ${Object.keys(PROJECT_TABS).join(' and ')}, not "${tab}"`), 404);
    const viewer = await viewerOf(c);
    const project = (await loadProjects(mops.db, viewer.principal)).find((candidate) => candidate.key === key);
    if (!project) return c.html(problemPage('Project not found', `Project ${key} does not exist or you do not have permission to see it`), 404);
    return c.html(projectPage(project, tab as ProjectTab));
  };
  app.get('/projects/:key', (c) => showProject(c, c.req.param('key'), 'capacity'));
  app.get('/projects/:key/:tab', (c) => showProject(c, c.req.param('key'), c.req.param('tab')));

  app.get('/browse/:key', async (c) => {
    const key = c.req.param('key');
    const [row] = await mops.db.query<{ id: string }>('SELECT id FROM tasks WHERE key = $1', [key]);
    if (!row) return c.html(problemPage('Task not found', `No task has the key ${key}`), 404);
    return c.redirect(`/tasks/${encodeURIComponent(row.id)}`);
  });

  app.get('/apps/:app', (c) => c.redirect(`/apps/${c.req.param('app')}/`));
  app.get('/apps/:app/*', async (c) => {
    const appName = c.req.param('app');
    const relative = decodeURIComponent(c.req.path.slice(`/apps/${appName}/`.length));
    const file = await customUiFile(staticDir, appName, relative);
    if (file.found) return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, { 'content-type': file.contentType });
    if (file.reason === 'not-built') return c.text(`The ${appName} app is not built yet: run "npm run build:ui", then reload`, 503);
    return c.text(`No file ${relative} in the ${appName} app`, 404);
  });

  app.get('/bridge/theme.css', async (c) => c.body((await tokenTheme()).css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }));
  // The reader's theme choice (the frame's Theme control) reaches the apps as Jira's theme does: through enableTheming.
  app.get('/bridge/theme.json', async (c) => c.json({ colorMode: colorModeOf(getCookie(c, THEME_COOKIE)), attributes: (await tokenTheme()).attributes, href: '/bridge/theme.css' }));
  app.get('/bridge/:script', async (c) => {
    const script = c.req.param('script');
    if (!BROWSER_SCRIPTS.has(script)) return c.text(`No bridge script ${script}`, 404);
    return c.body(await readFile(path.join(BROWSER_DIR, script), 'utf8'), 200, { 'content-type': 'text/javascript; charset=utf-8' });
  });
}
