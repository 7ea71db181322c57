import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface SignInPageOptions {
  /** Where the Asana routes are mounted, e.g. "/asana". */
  basePath: string;
  /** The workspace whose pages asked for the sign-in, if any. */
  workspace?: { gid: string; name: string };
  /** Where to come back to afterwards: a path already checked with safeReturnPath. */
  returnTo: string;
  /** True when OAuth is configured: a "Sign in with Asana" link; otherwise a personal access token form. */
  oauth: boolean;
  /** The Asana user already signed in, when they are not a member of the workspace. */
  signedInAs?: string;
  /** Why the last try did not sign in (a token Asana refused), shown above the form. */
  problem?: string;
}

/**
 * The small page asking a viewer to sign in with their own Asana account, so reports show only what
 * Asana lets them see: Asana's "Sign in with Asana" link (OAuth), or a personal access token form
 * when the server has no OAuth client.
 * @example signInPage({ basePath: '/asana', workspace: { gid: '1200', name: 'Kestrel Marketing' }, returnTo: '/asana/workspaces/1200/reports/budget', oauth: true })
 */
export function signInPage(options: SignInPageOptions): Html {
  const { basePath, workspace, returnTo } = options;
  const query = new URLSearchParams({ ...(workspace ? { workspace: workspace.gid } : {}), return: returnTo }).toString();
  return html`<!doctype html>
<html lang="en" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <title>Sign in with Asana · Mops</title>
    <link rel="stylesheet" href="/bridge/theme.css" />
    <style>
      body { font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: var(--ds-text, #172B4D); margin: 24px; max-width: 36rem; }
      label, input, button { display: block; margin-top: 8px; } input { width: 100%; }
    </style>
  </head>
  <body>
    <h1>Sign in with Asana</h1>
    <p>
      Mops shows ${workspace ? html`the reports of <strong>${workspace.name}</strong>` : 'Asana reports'} with your own Asana account, so you see only
      the projects and tasks Asana lets you see.
    </p>
    ${options.problem ? html`<p role="alert" id="mops-sign-in-problem">${options.problem}</p>` : ''}
    ${options.signedInAs ? html`<p>You are signed in to Asana as <strong>${options.signedInAs}</strong>, who is not a member of this workspace. Sign in as a member.</p>` : ''}
    ${options.oauth
      ? html`<p><a id="mops-sign-in-with-asana" href="${basePath}/sign-in?${query}">Sign in with Asana</a></p>`
      : html`<form method="post" action="${basePath}/sign-in/token">
          <label for="mops-asana-token">Asana personal access token (Asana: My settings → Apps → Developer console)</label>
          <input id="mops-asana-token" name="token" type="password" autocomplete="off" required minlength="16" maxlength="512" ${options.problem ? html`aria-invalid="true" aria-describedby="mops-sign-in-problem"` : ''} />
          <input type="hidden" name="return" value="${returnTo}" />
          <button type="submit">Sign in with Asana</button>
        </form>`}
  </body>
</html>`;
}
