const HTTP_DATE = /^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The wait a `Retry-After` header asks for, in milliseconds. Asana sends whole seconds with every 429
 * ("Retry-After: 30"); an HTTP date is read too, counted from `now`. Undefined when the header is
 * absent or unreadable, so the caller falls back to its own backoff.
 * @example waitFromRetryAfter('30', new Date('2026-11-23T09:00:00Z')) // 30000
 * @example waitFromRetryAfter('Mon, 23 Nov 2026 09:00:05 GMT', new Date('2026-11-23T09:00:00Z')) // 5000
 */
export function waitFromRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d{1,6}$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
