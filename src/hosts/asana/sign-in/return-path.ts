/** A `return` that would leave Mops' Asana pages; the message names the value and what is accepted. */
export class ReturnPathError extends Error {
  override name = 'ReturnPathError';
}

// Only characters a path and query may hold as they are: no spaces, backslashes or control characters.
const PATH_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;
const NOWHERE = 'http://return-path.invalid';

/**
 * The same-origin path to send a viewer back to after signing in, normalised, when `raw` is a relative
 * path under the Asana pages' mount (`basePath`, e.g. "/asana"). Absolute URLs, protocol-relative ones
 * ("//evil.example"), backslashes and paths leaving the mount (also through "..") are refused, so the
 * sign-in can never be used as an open redirect.
 * @example safeReturnPath('/asana/workspaces/1200/reports/budget', '/asana') // '/asana/workspaces/1200/reports/budget'
 * @example safeReturnPath('https://evil.example/', '/asana') // throws ReturnPathError
 */
export function safeReturnPath(raw: string, basePath: string): string {
  const refuse = (why: string) => new ReturnPathError(`return: "${raw.slice(0, 200)}" ${why}; expected a path under ${basePath}/, e.g. ${basePath}/workspaces/1200445566/reports/duplicates`);
  if (raw.length > 1000) throw refuse('is longer than 1000 characters');
  if (!raw.startsWith('/') || raw.startsWith('//')) throw refuse('is not a path on this site');
  if (!PATH_CHARACTERS.test(raw)) throw refuse('holds characters a path may not');
  const resolved = new URL(raw, NOWHERE);
  if (resolved.origin !== NOWHERE) throw refuse('is not a path on this site');
  if (!resolved.pathname.startsWith(`${basePath}/`)) throw refuse(`is not under ${basePath}/`);
  return `${resolved.pathname}${resolved.search}`;
}
