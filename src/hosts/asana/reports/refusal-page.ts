import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface RefusalPageOptions {
  /** What went wrong, as a heading: "Workspace not connected". */
  title: string;
  /** The sentence saying why and what to do, the same words the JSON routes answer with. */
  message: string;
  /** Where to go from here, e.g. the connect page. */
  next?: { href: string; label: string };
}

/**
 * The page a person's browser gets when a report page cannot be shown (no such workspace, report or
 * Mops person): the reason in a sentence and the way on, never raw JSON.
 * @example refusalPage({ title: 'Workspace not connected', message: 'Asana workspace 1299 is not connected to Mops; connect it at /asana/connect', next: { href: '/asana/connect', label: 'Connect an Asana workspace' } })
 */
export function refusalPage(options: RefusalPageOptions): Html {
  return html`<!doctype html>
<html lang="en" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <title>${options.title} · Mops</title>
    <link rel="stylesheet" href="/bridge/theme.css" />
    <style>
      body { font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: var(--ds-text, #172B4D); margin: 24px; max-width: 36rem; }
    </style>
  </head>
  <body>
    <h1>${options.title}</h1>
    <p role="alert">${options.message}</p>
    ${options.next ? html`<p><a href="${options.next.href}">${options.next.label}</a></p>` : ''}
  </body>
</html>`;
}
