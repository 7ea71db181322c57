import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Project, Team } from '../../../core/org/organisation';
import type { Task } from '../../../core/task/task';
import type { TaskPage } from '../tracker/task-page';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A few rules of Jira's own look for the tracker frame around the apps; the apps style themselves. */
const FRAME_CSS = `
  body { font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: #172B4D; margin: 0; }
  header { background: #0C66E4; color: #fff; padding: 8px 24px; } header a { color: #fff; text-decoration: none; font-weight: 600; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 24px; padding: 24px; }
  main.single { display: block; max-width: 960px; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #DCDFE4; }
  form label { display: block; margin: 8px 0 2px; font-weight: 600; } input, select, textarea { width: 100%; box-sizing: border-box; padding: 6px; }
  iframe { width: 100%; border: 0; min-height: 120px; } .key { color: #44546F; } .problem { color: #AE2E24; }
  nav.tabs { display: flex; gap: 4px; border-bottom: 2px solid #DCDFE4; margin-bottom: 16px; }
  nav.tabs a { padding: 6px 12px; color: #44546F; text-decoration: none; font-weight: 600; }
  nav.tabs a[aria-current="page"] { color: #0C66E4; border-bottom: 2px solid #0C66E4; margin-bottom: -2px; }
`;

function page(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title} · Mops</title>
    <style>${raw(FRAME_CSS)}</style>
  </head>
  <body>
    <header><a href="/">Mops — local tracker</a></header>
    ${body}
    <script src="/bridge/tracker-frame.js"></script>
  </body>
</html>`;
}

/**
 * The front page: the tasks the viewer may see, each linking to its page, and a form to create one.
 * @example taskListPage({ tasks, projects, teams, viewerName: 'Agnieszka Nowak' })
 */
export function taskListPage(input: { tasks: readonly Task[]; projects: readonly Project[]; teams: readonly Team[]; viewerName: string }): Html {
  const { tasks, projects, teams } = input;
  return page(
    'Tasks',
    html`<main>
      <section aria-label="Tasks">
        <h1>Tasks</h1>
        <p>You are ${input.viewerName}. ${tasks.length} tasks.</p>
        <nav aria-label="Reports">
          Project reports:
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

/**
 * A task's page: its title, key and description, its subtasks, and the Mops issue panel framed as Jira
 * frames Custom UI — an iframe of the app's bundle, told which issue it is through the bridge's context.
 * @example taskPage(await loadTaskPage(db, tracker, principal, 'dup-photographer-brd'), { projectKey: 'BRD' })
 */
export function taskPage(view: TaskPage, project: Project | undefined): Html {
  const { task } = view;
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
        <h2>Description</h2>
        <p style="white-space: pre-wrap">${task.description || 'No description.'}</p>
        ${view.subtasks.length > 0
          ? html`<h2>Subtasks</h2>
              <ul>
                ${view.subtasks.map((subtask) => html`<li><a href="/tasks/${encodeURIComponent(subtask.id)}">${subtask.key}</a> ${subtask.title} (${subtask.status})</li>`)}
              </ul>`
          : ''}
      </article>
      <aside aria-label="Mops">
        <h2>Mops</h2>
        <iframe
          id="mops-issue-panel"
          title="Mops issue panel"
          src="/apps/issue-panel/"
          sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-top-navigation-by-user-activation"
          data-module-key="mops-issue-panel"
          data-mops-extension="${JSON.stringify(extension)}"
        ></iframe>
      </aside>
    </main>`,
  );
}

/** The project page's tabs: each mounts one Custom UI app, as Jira mounts a jira:projectPage module. */
export const PROJECT_TABS = {
  capacity: { title: 'Capacity', app: 'capacity-view', moduleKey: 'mops-capacity-view' },
  budget: { title: 'Budget', app: 'budget-report', moduleKey: 'mops-budget-report' },
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
      <iframe
        id="mops-${chosen.app}"
        title="Mops ${chosen.title.toLowerCase()}"
        src="/apps/${chosen.app}/"
        sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads allow-top-navigation-by-user-activation"
        data-module-key="${chosen.moduleKey}"
        data-mops-extension="${JSON.stringify(extension)}"
      ></iframe>
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
