import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ID } from './viewer-session';

/** The cookie holding a viewer's session id. */
export const VIEWER_COOKIE = 'mops_asana_viewer';

export interface ViewerCookieOptions {
  /** Where the Asana routes are mounted, e.g. "/asana": the cookie goes to those routes only. */
  basePath: string;
  /** True when the public URL is https, so the cookie never travels in clear. */
  secure: boolean;
}

/**
 * Sets the viewer's session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site post
 * carries it), scoped to the Asana routes' path, Secure on https, and gone when the session ends.
 * @example setViewerCookie(c, newSessionId(), 12 * 3600, { basePath: '/asana', secure: true })
 */
export function setViewerCookie(c: Context, sessionId: string, maxAgeSeconds: number, options: ViewerCookieOptions): void {
  setCookie(c, VIEWER_COOKIE, sessionId, { path: options.basePath, httpOnly: true, sameSite: 'Lax', secure: options.secure, maxAge: maxAgeSeconds });
}

/**
 * Tells the browser to drop the viewer's session cookie.
 * @example clearViewerCookie(c, { basePath: '/asana', secure: true })
 */
export function clearViewerCookie(c: Context, options: ViewerCookieOptions): void {
  deleteCookie(c, VIEWER_COOKIE, { path: options.basePath, httpOnly: true, sameSite: 'Lax', secure: options.secure });
}

/**
 * The session id the request's cookie carries, when it has the shape of one.
 * @example viewerSessionIdOf(c) // 'q3Zr0yT6bLx1…' or undefined
 */
export function viewerSessionIdOf(c: Context): string | undefined {
  const value = getCookie(c, VIEWER_COOKIE);
  return value !== undefined && SESSION_ID.test(value) ? value : undefined;
}
