import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { appFrame } from '../../local/frame/frame-pages';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The reports an Asana workspace gets, each one of the Custom UI apps Jira and the local host frame. */
export const ASANA_REPORTS = {
  duplicates: { title: 'Duplicate work', app: 'duplicates-report', moduleKey: 'mops-duplicates-report' },
  budget: { title: 'Budget', app: 'budget-report', moduleKey: 'mops-budget-report' },
  capacity: { title: 'Capacity', app: 'capacity-view', moduleKey: 'mops-capacity-global-page' },
} as const;
export type AsanaReport = keyof typeof ASANA_REPORTS;

/**
 * One report page of an Asana workspace: tabs for the three reports and the chosen app in an iframe,
 * its bridge calls answered by the workspace's resolvers (`data-mops-invoke`).
 * @example asanaReportPage({ gid: '1200000000000001', name: 'Kestrel Marketing' }, 'duplicates', '/asana')
 */
export function asanaReportPage(workspace: { gid: string; name: string }, report: AsanaReport, base: string): Html {
  const chosen = ASANA_REPORTS[report];
  const extension = { type: 'asana:workspacePage', workspace: { gid: workspace.gid } };
  const here = `${base}/workspaces/${encodeURIComponent(workspace.gid)}`;
  return html`<!doctype html>
<html lang="en" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <title>${chosen.title} · ${workspace.name} · Mops</title>
    <link rel="stylesheet" href="/bridge/theme.css" />
    <style>
      body { font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: var(--ds-text, #172B4D); margin: 0 24px; }
      nav a { margin-right: 16px; } nav a[aria-current="page"] { font-weight: 600; text-decoration: none; }
      iframe { width: 100%; border: 0; min-height: 240px; }
    </style>
  </head>
  <body>
    <h1>${workspace.name} — ${chosen.title}</h1>
    <nav aria-label="Mops reports">
      ${(Object.keys(ASANA_REPORTS) as AsanaReport[]).map((each) => html`<a href="${here}/reports/${each}" ${each === report ? html`aria-current="page"` : ''}>${ASANA_REPORTS[each].title}</a>`)}
    </nav>
    ${appFrame({ app: chosen.app, title: `Mops ${chosen.title.toLowerCase()}`, moduleKey: chosen.moduleKey, extension, allowDownloads: true, invokeUrl: `${here}/api/invoke`, site: 'asana' })}
    <script src="${base}/reports/frame.js"></script>
  </body>
</html>`;
}
