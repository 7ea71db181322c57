import { Hono } from 'hono';
import { clearViewerCookie, setViewerCookie, viewerSessionIdOf } from './viewer-cookie';

const SESSION_ID = 'q3Zr0yT6bLx1Vw8nM2cK5pHs7dFg9jKa4eUo0iRtYyE';

function app(secure: boolean): Hono {
  const routes = new Hono();
  routes.post('/sign-in', (c) => {
    setViewerCookie(c, SESSION_ID, 12 * 3600, { basePath: '/asana', secure });
    return c.body(null, 204);
  });
  routes.post('/sign-out', (c) => {
    clearViewerCookie(c, { basePath: '/asana', secure });
    return c.body(null, 204);
  });
  routes.get('/who', (c) => c.text(viewerSessionIdOf(c) ?? '(nobody)'));
  return routes;
}

describe('the viewer cookie', () => {
  it('is Secure behind an https public URL, HttpOnly, SameSite=Lax and scoped to the Asana pages', async () => {
    const response = await app(true).request('https://mops.example.com/sign-in', { method: 'POST' });
    expect(response.headers.getSetCookie()).toEqual([`mops_asana_viewer=${SESSION_ID}; Max-Age=43200; Path=/asana; HttpOnly; Secure; SameSite=Lax`]);
  });

  it('is cleared with the same path, so the browser drops the one it holds', async () => {
    const response = await app(true).request('https://mops.example.com/sign-out', { method: 'POST' });
    expect(response.headers.getSetCookie()).toEqual(['mops_asana_viewer=; Max-Age=0; Path=/asana; HttpOnly; Secure; SameSite=Lax']);
  });

  it('is read only when it has the shape of a session id', async () => {
    const who = async (cookie: string) => (await app(false).request('http://127.0.0.1/who', { headers: { Cookie: cookie } })).text();
    expect(await who(`mops_asana_viewer=${SESSION_ID}`)).toBe(SESSION_ID);
    expect(await who('mops_asana_viewer=1 OR 1=1')).toBe('(nobody)');
    expect(await who(`mops_asana_viewer=${SESSION_ID}x`)).toBe('(nobody)');
    expect(await who('mops_user=p-agnieszka-nowak')).toBe('(nobody)');
  });
});
