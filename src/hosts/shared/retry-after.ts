/**
 * How long a `Retry-After` header asks the client to wait, in milliseconds: either whole seconds
 * ("30") or an HTTP date ("Wed, 25 Nov 2026 09:30:30 GMT", counted from `now`). Undefined when the
 * header is absent or unreadable, so the caller falls back to its own backoff.
 * @example retryAfterMs('30', new Date('2026-11-25T09:30:00Z')) // 30000
 * @example retryAfterMs('Wed, 25 Nov 2026 09:30:30 GMT', new Date('2026-11-25T09:30:00Z')) // 30000
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  // Up to six digits: a wait of eleven days or more is not a rate limit anyone means to honour.
  if (/^\d{1,6}$/.test(value)) return Number(value) * 1000;
  // Only dates that name a weekday, day, month and year: Date.parse would accept "12" as a year.
  if (!/^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
