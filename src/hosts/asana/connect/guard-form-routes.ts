import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { errorMessage } from '../../shared/error-message';
import type { AsanaLog } from '../asana-log';
import { refusalPage, type RefusalPageOptions } from '../reports/refusal-page';
import { Refusal } from './form-requests';

export interface FormRouteGuard {
  /** Which origins may post; hono's csrf default (the request's own origin) when absent. */
  origin?: (origin: string, c: Context) => boolean;
  /** What the person was doing, for the sentences: "connect Asana", "sign in with Asana". */
  doing: string;
  /** The same in the gerund, for the failure sentence: "connecting Asana", "signing you in with Asana". */
  failedWhile: string;
  log: AsanaLog;
}

/** A refusal as a page: with no Mops person, the way to Mops' own sign-in; otherwise the reason. */
export function refusalPageOf(refusal: Refusal, doing: string): RefusalPageOptions {
  if (refusal.status === 401) return { title: 'Sign in to Mops', message: refusal.message, next: { href: '/', label: 'Open Mops and sign in' } };
  return { title: `Could not ${doing}`, message: refusal.message };
}

/**
 * The guards every route that takes a person's form and touches their Asana tokens shares: answers are
 * never cached (they may name who is connected), posts from another site are refused (CSRF), bodies
 * stop at 16 KiB, a Refusal is answered with its status and `{ error }` (a page for a browser's GET), and anything else is logged and
 * answered 500 without detail.
 * @example guardFormRoutes(routes, { doing: 'connect Asana', failedWhile: 'connecting Asana', log });
 */
export function guardFormRoutes(routes: Hono, guard: FormRouteGuard): void {
  routes.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  routes.use('*', csrf(guard.origin ? { origin: guard.origin } : undefined));
  routes.use('*', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.json({ error: 'Request body larger than 16 KiB' }, 413) }));
  routes.onError((error, c) => {
    if (error instanceof Refusal) {
      // A browser navigating here (Asana's redirect back, a sign-in link) gets a page it can act on, not JSON.
      if (c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html')) return c.html(refusalPage(refusalPageOf(error, guard.doing)), error.status);
      return c.json({ error: error.message }, error.status);
    }
    if (error instanceof HTTPException && error.status === 403) return c.json({ error: `Posted from another site (Origin ${c.req.header('origin') ?? 'none'}); ${guard.doing} from Mops' own pages` }, 403);
    guard.log('error', `Asana request failed while ${guard.failedWhile}`, { path: c.req.path, error: errorMessage(error) });
    return c.json({ error: `Mops failed while ${guard.failedWhile}; the server's log has the details` }, 500);
  });
}
