import { signInPage } from './sign-in-page';

const render = async (options: Parameters<typeof signInPage>[0]) => String(await signInPage(options));

describe('signInPage', () => {
  it('links to Asana OAuth with the workspace and the way back, escaped', async () => {
    const page = await render({ basePath: '/asana', workspace: { gid: '1200', name: 'Kestrel <Marketing>' }, returnTo: '/asana/workspaces/1200/reports/budget', oauth: true });
    expect(page).toContain('<h1>Sign in with Asana</h1>');
    expect(page).toContain('the reports of <strong>Kestrel &lt;Marketing&gt;</strong>');
    expect(page).toContain('<a id="mops-sign-in-with-asana" href="/asana/sign-in?workspace=1200&amp;return=%2Fasana%2Fworkspaces%2F1200%2Freports%2Fbudget">Sign in with Asana</a>');
    expect(page).not.toContain('<form');
  });

  it('offers a personal access token form when the server has no OAuth client, keeping the way back', async () => {
    const page = await render({ basePath: '/asana', returnTo: '/asana/workspaces/1200/reports/capacity', oauth: false });
    expect(page).toContain('<form method="post" action="/asana/sign-in/token">');
    expect(page).toContain('<input id="mops-asana-token" name="token" type="password"');
    expect(page).toContain('<input type="hidden" name="return" value="/asana/workspaces/1200/reports/capacity" />');
    expect(page).not.toContain('mops-sign-in-with-asana');
  });

  it('tells an Asana user of another workspace who they are signed in as', async () => {
    const page = await render({ basePath: '/asana', workspace: { gid: '1200', name: 'Kestrel Marketing' }, returnTo: '/asana/workspaces/1200/reports/duplicates', oauth: true, signedInAs: 'Guest Reviewer' });
    expect(page).toContain('You are signed in to Asana as <strong>Guest Reviewer</strong>, who is not a member of this workspace.');
  });
});

describe('signInPage after a refused token', () => {
  it('shows why, tied to the token field, and keeps the way back', async () => {
    const page = await render({ basePath: '/asana', returnTo: '/asana/workspaces/1200/reports/budget', oauth: false, problem: 'Not signed in: Asana refused the token <bad>' });
    expect(page).toContain('<p role="alert" id="mops-sign-in-problem">Not signed in: Asana refused the token &lt;bad&gt;</p>');
    expect(page).toContain('aria-invalid="true" aria-describedby="mops-sign-in-problem"');
    expect(page).toContain('<input type="hidden" name="return" value="/asana/workspaces/1200/reports/budget" />');
  });
});
