import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Project, Team } from '../../../core/org/organisation';
import type { Task } from '../../../core/task/task';
import type { TaskPage } from '../tracker/task-page';
import { THEME_COOKIE, themeAttributes } from './token-theme';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What an app's frame is told, as Jira tells a Custom UI app through the bridge's context. */
interface AppFrame {
  app: string;
  title: string;
  /** manifest.yml's module that frames this app in Jira. */
  moduleKey: string;
  extension: Record<string, unknown>;
  /** The reports offer CSV downloads. */
  allowDownloads?: boolean;
  /** Where the page side of the bridge posts this app's resolver calls, when not the local host's /api/invoke. */
  invokeUrl?: string;
  /** The host the app believes it runs in, when not the local tracker ("asana"). */
  site?: string;
}

/**
 * An iframe of a built Custom UI app with the sandbox Jira gives Custom UI; the bridge shim reads the
 * module key and the extension from its attributes.
 * @example appFrame({ app: 'admin', title: 'Mops settings', moduleKey: 'mops-admin-page', extension: { type: 'jira:adminPage' } })
 */
export function appFrame({ app, title, moduleKey, extension, allowDownloads = false, invokeUrl, site }: AppFrame): Html {
  const sandbox = `allow-scripts allow-same-origin allow-forms allow-popups${allowDownloads ? ' allow-downloads' : ''} allow-top-navigation-by-user-activation`;
  return html`<iframe
    id="mops-${app}"
    title="${title}"
    src="/apps/${app}/"
    sandbox="${sandbox}"
    data-module-key="${moduleKey}"
    data-mops-extension="${JSON.stringify(extension)}"
    ${invokeUrl === undefined ? '' : html`data-mops-invoke="${invokeUrl}"`}
    ${site === undefined ? '' : html`data-mops-site="${site}"`}
  ></iframe>`;
}

/**
 * A few rules of Jira's own look for the tracker frame around the apps, in Atlassian's design tokens
 * (with the light values as fallbacks) so the frame follows the theme the apps follow; the apps style
 * themselves.
 */
const FRAME_CSS = `
  body { font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: var(--ds-text, #172B4D); background: var(--ds-surface, #FFFFFF); margin: 0; }
  a { color: var(--ds-link, #0C66E4); }
  header { background: var(--ds-background-brand-bold, #0C66E4); color: var(--ds-text-inverse, #FFFFFF); padding: 8px 24px; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 24px; }
  header a { color: inherit; text-decoration: none; font-weight: 600; }
  header form { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; } header label { display: flex; align-items: center; gap: 6px; font-weight: 600; }
  header select { width: auto; padding: 2px 4px; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 24px; padding: 24px; }
  main.single { display: block; max-width: 960px; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--ds-border, #DCDFE4); }
  form label { display: block; margin: 8px 0 2px; font-weight: 600; } input, select, textarea { width: 100%; box-sizing: border-box; padding: 6px; }
  input, select, textarea { background: var(--ds-background-input, #FFFFFF); color: var(--ds-text, #172B4D); border: 1px solid var(--ds-border-input, #8590A2); border-radius: 3px; }
  iframe { width: 100%; border: 0; min-height: 120px; } .key { color: var(--ds-text-subtle, #44546F); } .problem { color: var(--ds-text-danger, #AE2E24); }
  nav.tabs { display: flex; gap: 4px; border-bottom: 2px solid var(--ds-border, #DCDFE4); margin-bottom: 16px; }
  nav.tabs a { padding: 6px 12px; color: var(--ds-text-subtle, #44546F); text-decoration: none; font-weight: 600; }
  nav.tabs a[aria-current="page"] { color: var(--ds-text-selected, #0C66E4); border-bottom: 2px solid var(--ds-border-selected, #0C66E4); margin-bottom: -2px; }
`;

/*
 * Runs before the page paints: the colour mode the reader chose (the mops_theme cookie), or their
 * system's, so a dark page never flashes light. tracker-frame.js keeps it current afterwards.
 */
const COLOR_MODE_SCRIPT = `(function () {
  var chosen = (document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark|auto)(?:;|$)/) || [])[1] || 'auto';
  var dark = chosen === 'dark' || (chosen === 'auto' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-color-mode', dark ? 'dark' : 'light');
})();`;

/*
 * The frame's own controls, filled by tracker-frame.js: whom the pages act as (the mops_user cookie,
 * from the people of GET /api/organisation) and the theme (the mops_theme cookie). Every page has them,
 * so a page added later needs nothing to offer them.
 */
const FRAME_CONTROLS = html`<form id="frame-controls" aria-label="Try Mops as" onsubmit="return false">
  <label for="viewing-as">Viewing as <select id="viewing-as" name="viewing-as" disabled><option>Loading people…</option></select></label>
  <label for="theme">Theme <select id="theme" name="theme">
    <option value="auto">Match system</option>
    <option value="light">Light</option>
    <option value="dark">Dark</option>
  </select></label>
</form>`;

function page(title: string, body: Html): Html {
  const theme = themeAttributes();
  return html`<!doctype html>
<html lang="en" data-theme="${theme['data-theme'] ?? ''}" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <title>${title} · Mops</title>
    <script>${raw(COLOR_MODE_SCRIPT)}</script>
    <link rel="stylesheet" href="/bridge/theme.css" />
    <style>${raw(FRAME_CSS)}</style>
  </head>
  <body>
    <header><a href="/">Mops — local tracker</a>${FRAME_CONTROLS}</header>
    ${body}
    <script src="/bridge/custom-ui-host.js"></script>
    <script src="/bridge/tracker-frame.js"></script>
  </body>
</html>`;
}

/**
 * The front page: the tasks the viewer may see, each linking to its page, and a form to create one.
 * In-house people also get a link to the Mops settings page (agencies' people would only be refused there).
 * @example taskListPage({ tasks, projects, teams, viewerName: 'Agnieszka Nowak', canAdminister: true })
 */
export function taskListPage(input: { tasks: readonly Task[]; projects: readonly Project[]; teams: readonly Team[]; viewerName: string; canAdminister?: boolean }): Html {
  const { tasks, projects, teams } = input;
  return page(
    'Tasks',
    html`<main>
      <section aria-label="Tasks">
        <h1>Tasks</h1>
        <p>You are ${input.viewerName}. ${tasks.length} tasks.</p>
        ${input.canAdminister ? html`<nav aria-label="Administration"><a href="/admin">Mops settings</a></nav>` : ''}
        <nav aria-label="Reports">
          <a href="/capacity">Capacity across projects</a> · <a href="/duplicates">Duplicate work across teams</a> · Project reports:
          ${projects.map((project, index) => html`${index > 0 ? ' · ' : ''}<a href="/projects/${encodeURIComponent(project.key)}">${project.key} ${project.name}</a>`)}
        </nav>
        <table>
          <thead><tr><th>Key</th><th>Title</th><th>Status</th></tr></thead>
          <tbody>
            ${tasks.map((task) => html`<tr><td class="key">${task.key}</td><td><a href="/tasks/${encodeURIComponent(task.id)}">${task.title}</a></td><td>${task.status}</td></tr>`)}
          </tbody>
        </table>
      </section>
      <section aria-label="Create task">
        <h2>Create task</h2>
        <form id="create-task">
          <label for="projectId">Project</label>
          <select id="projectId" name="projectId">
            ${projects.map((project) => html`<option value="${project.id}">${project.key} — ${project.name}</option>`)}
          </select>
          <label for="teamId">Team (optional)</label>
          <select id="teamId" name="teamId">
            <option value="">—</option>
            ${teams.map((team) => html`<option value="${team.id}">${team.name}</option>`)}
          </select>
          <label for="type">Type (task, webinar, email-campaign…)</label>
          <input id="type" name="type" value="task" />
          <label for="title">Title</label>
          <input id="title" name="title" required maxlength="255" />
          <label for="description">Description</label>
          <textarea id="description" name="description" rows="4"></textarea>
          <p><button type="submit">Create task</button></p>
          <p id="create-task-problem" class="problem" role="alert"></p>
        </form>
      </section>
    </main>`,
  );
}

/** Names for the ids a task page would otherwise show; an id with no name here is shown as it is. */
export interface TaskPageNames {
  person(id: string): string | undefined;
  team(id: string): string | undefined;
}

/**
 * A task's page: its title, key, team, owner, assignee and description, its subtasks, and the Mops
 * issue panel framed as Jira frames Custom UI — an iframe of the app's bundle, told which issue it is
 * through the bridge's context. People and teams are shown by name.
 * @example taskPage(await loadTaskPage(db, tracker, principal, 'dup-photographer-brd'), project, nameLookup({ people, teams }))
 */
export function taskPage(view: TaskPage, project: Project | undefined, names: TaskPageNames): Html {
  const { task } = view;
  const person = (id: string | undefined) => (id === undefined ? undefined : (names.person(id) ?? id));
  const who = [
    task.teamId === undefined ? undefined : `Team: ${names.team(task.teamId) ?? task.teamId}`,
    task.ownerId === undefined ? undefined : `Owner: ${person(task.ownerId) ?? ''}`,
    `Assignee: ${person(task.assigneeId) ?? 'Unassigned'}`,
  ].filter((part) => part !== undefined);
  const extension = {
    type: 'jira:issuePanel',
    issue: { id: task.id, key: task.key, type: task.type },
    ...(project ? { project: { id: project.id, key: project.key } } : {}),
  };
  return page(
    `${task.key} ${task.title}`,
    html`<main>
      <article aria-label="Task">
        <p class="key">${project ? `${project.name} / ` : ''}${task.key}</p>
        <h1>${task.title}</h1>
        <p>Status: ${task.status}${task.dueDate ? html` · Due ${task.dueDate}` : ''}</p>
        <p>${who.join(' · ')}</p>
        <h2>Description</h2>
        <p style="white-space: pre-wrap">${task.description || 'No description.'}</p>
        ${view.subtasks.length > 0
          ? html`<h2>Subtasks</h2>
              <ul>
                ${view.subtasks.map(
                  (subtask) =>
                    html`<li><a href="/tasks/${encodeURIComponent(subtask.id)}">${subtask.key}</a> ${subtask.title} (${subtask.status}${subtask.assigneeId ? `, ${person(subtask.assigneeId)}` : ''}${subtask.dueDate ? `, due ${subtask.dueDate}` : ''})</li>`,
                )}
              </ul>`
          : ''}
      </article>
      <aside aria-label="Mops">
        <h2>Mops</h2>
        ${appFrame({ app: 'issue-panel', title: 'Mops issue panel', moduleKey: 'mops-issue-panel', extension })}
      </aside>
    </main>`,
  );
}

/** The project page's tabs: each mounts one Custom UI app, as Jira mounts a jira:projectPage module. */
export const PROJECT_TABS = {
  capacity: { title: 'Capacity', app: 'capacity-view', moduleKey: 'mops-reports' },
  budget: { title: 'Budget', app: 'budget-report', moduleKey: 'mops-reports' },
} as const;
export type ProjectTab = keyof typeof PROJECT_TABS;

/**
 * A project's page with a tab per Mops report, the chosen one framed as Jira frames a jira:projectPage
 * app: an iframe of the app's bundle, told which project it is through the bridge's context.
 * @example projectPage({ id: 'prj-growth', key: 'GRW', name: 'Growth', … }, 'budget')
 */
export function projectPage(project: Project, tab: ProjectTab): Html {
  const chosen = PROJECT_TABS[tab];
  const extension = { type: 'jira:projectPage', project: { id: project.id, key: project.key } };
  return page(
    `${project.key} ${chosen.title}`,
    html`<main class="single" style="max-width: none">
      <p class="key"><a href="/">Tasks</a> / ${project.key}</p>
      <h1>${project.name}</h1>
      <nav class="tabs" aria-label="Project reports">
        ${(Object.keys(PROJECT_TABS) as ProjectTab[]).map(
          (each) => html`<a href="/projects/${encodeURIComponent(project.key)}/${each}" ${each === tab ? raw('aria-current="page"') : ''}>${PROJECT_TABS[each].title}</a>`,
        )}
      </nav>
      ${appFrame({ app: chosen.app, title: `Mops ${chosen.title.toLowerCase()}`, moduleKey: chosen.moduleKey, extension, allowDownloads: true })}
    </main>`,
  );
}

/**
 * Capacity across every project the viewer may see: the capacity view framed with no project in its
 * context, as Jira frames a jira:globalPage app, so it opens on everyone's weeks.
 * @example capacityPage()
 */
export function capacityPage(): Html {
  const extension = { type: 'jira:globalPage' };
  return page(
    'Capacity across projects',
    html`<main class="single" style="max-width: none">
      <p class="key"><a href="/">Tasks</a> / Capacity</p>
      <h1>Capacity across projects</h1>
      ${appFrame({ app: 'capacity-view', title: 'Mops capacity', moduleKey: 'mops-reports-all', extension, allowDownloads: true })}
    </main>`,
  );
}

/**
 * Duplicate work across teams: the duplicates report framed as Jira frames a jira:globalPage app, with no
 * project in its context, or narrowed to one project (`?project=KEY`) with that project in its context.
 * @example duplicatesPage() // every project the viewer sees
 * @example duplicatesPage({ id: 'prj-atlas', key: 'ATL', name: 'Atlas 3 Launch', portfolioId: 'pf-product' })
 */
export function duplicatesPage(project?: Project): Html {
  const extension = project ? { type: 'jira:globalPage', project: { id: project.id, key: project.key } } : { type: 'jira:globalPage' };
  return page(
    'Duplicate work across teams',
    html`<main class="single" style="max-width: none">
      <p class="key"><a href="/">Tasks</a> / Duplicates${project ? html` / ${project.key} (<a href="/duplicates">all projects</a>)` : ''}</p>
      <h1>Duplicate work across teams${project ? html` — ${project.name}` : ''}</h1>
      ${appFrame({ app: 'duplicates-report', title: 'Mops duplicates report', moduleKey: 'mops-reports-all', extension })}
    </main>`,
  );
}

/**
 * Mops' settings: the admin app framed as Jira frames a jira:adminPage module, with no issue or project
 * in its context. Anyone may open it; the admin resolvers decide who may see and change settings.
 * @example adminPage()
 */
export function adminPage(): Html {
  const extension = { type: 'jira:adminPage' };
  return page(
    'Mops settings',
    html`<main class="single" style="max-width: none">
      <p class="key"><a href="/">Tasks</a> / Settings</p>
      ${appFrame({ app: 'admin', title: 'Mops settings', moduleKey: 'mops-admin-page', extension })}
    </main>`,
  );
}

/**
 * What a page says when it cannot show what was asked for.
 * @example problemPage('Task not found', 'Task 42 does not exist or you do not have permission to see it')
 */
export function problemPage(title: string, message: string): Html {
  return page(title, html`<main class="single"><h1>${title}</h1><p class="problem">${message}</p><p><a href="/">All tasks</a></p></main>`);
}
