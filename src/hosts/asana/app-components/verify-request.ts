import { z } from 'zod';
import { signatureMatches } from '../signature';

/**
 * How Asana signs App Components requests. app_components_oas.yaml says only that Asana makes "a
 * signed request" (tags "Modal forms" and "Widgets"); the rule is in Asana's App Components security
 * docs and shared/specs/README.md: `x-asana-request-signature` is the HMAC-SHA256 hex digest, keyed
 * with the app's client secret, of
 *   - GET: the query string of the URL, exactly as sent (without the "?");
 *   - POST: the `data` string of the body `{"data": "<JSON string>"}` — the string itself, byte for
 *     byte, not a re-serialisation of what it parses to.
 * `expires_at` (required on every GET in the spec's parameters; in RootUIComponentRequest for POSTs)
 * bounds how long a captured request can be replayed; Mops requires it on every request.
 */

export interface AppComponentsRequest {
  method: string;
  /** The raw query string, without the leading "?" ('' when there is none). */
  query: string;
  /** The raw body text, for POST. */
  body?: string;
  /** Header names in any case. */
  headers: Headers | Readonly<Record<string, string | undefined>>;
}

export type AppComponentsRefusal = { ok: false; status: 400 | 401; reason: string };

export type VerifiedAppComponentsRequest = {
  ok: true;
  /** The query parameters (GET) or the parsed `data` object (POST), for the endpoint's own schema. */
  payload: Record<string, unknown>;
  expiresAt: Date;
  /** Present on rule action runs (RunActionRequest); what replays are recognised by. */
  idempotencyKey?: string;
};

export const SIGNATURE_HEADER = 'x-asana-request-signature';

const Envelope = z.object({ data: z.string() });
const ExpiresAt = z.iso.datetime({ offset: true });

function header(headers: AppComponentsRequest['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}

const refuse = (status: 400 | 401, reason: string): AppComponentsRefusal => ({ ok: false, status, reason });

/**
 * Checks an App Components request as Asana signs it: the signature over the query string (GET) or the
 * body's `data` string (POST) with the app's client secret, then that `expires_at` is still ahead of
 * `now`. Unsigned, mis-signed and expired requests are refused with 401, whatever else they hold; a
 * correctly signed request that is malformed gets 400. Replays of a run within its lifetime are the
 * caller's to catch, with `idempotencyKey` (see `admitAppComponentsRequest`).
 * @example verifyAppComponentsRequest({ method: 'GET', query: url.search.slice(1), headers }, clientSecret, clock.now()) // { ok: true, payload: { task: '67890', … }, expiresAt }
 */
export function verifyAppComponentsRequest(request: AppComponentsRequest, secret: string, now: Date): VerifiedAppComponentsRequest | AppComponentsRefusal {
  if (secret.length === 0) throw new Error('The Asana app client secret is empty; set it before serving App Components');
  const signature = header(request.headers, SIGNATURE_HEADER);
  if (signature === undefined) return refuse(401, `Missing ${SIGNATURE_HEADER} header`);

  const method = request.method.toUpperCase();
  let signed: string;
  if (method === 'GET') signed = request.query.startsWith('?') ? request.query.slice(1) : request.query;
  else if (method === 'POST') {
    let envelope: unknown;
    try {
      envelope = JSON.parse(request.body ?? '');
    } catch {
      return refuse(401, 'POST body is not JSON; Asana sends {"data": "<JSON string>"}');
    }
    const parsed = Envelope.safeParse(envelope);
    if (!parsed.success) return refuse(401, 'POST body has no "data" string; Asana sends {"data": "<JSON string>"}');
    signed = parsed.data.data;
  } else return refuse(401, `Method ${request.method} is not one Asana signs; expected GET or POST`);

  if (!signatureMatches(secret, signed, signature)) return refuse(401, `${SIGNATURE_HEADER} does not match the request`);

  let payload: Record<string, unknown>;
  if (method === 'GET') payload = Object.fromEntries(new URLSearchParams(signed));
  else {
    let inner: unknown;
    try {
      inner = JSON.parse(signed);
    } catch {
      return refuse(400, 'The "data" string is not JSON');
    }
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return refuse(400, 'The "data" string is not a JSON object');
    payload = inner as Record<string, unknown>;
  }

  const expires = ExpiresAt.safeParse(payload.expires_at);
  if (!expires.success) return refuse(400, `expires_at is ${JSON.stringify(payload.expires_at)}; expected an ISO 8601 instant such as "2026-11-23T09:05:00.000Z"`);
  const expiresAt = new Date(expires.data);
  if (expiresAt.getTime() <= now.getTime()) return refuse(401, `Request expired at ${expires.data} (now ${now.toISOString()})`);

  const key = payload.idempotency_key;
  if (key !== undefined && (typeof key !== 'string' || key.length === 0)) return refuse(400, `idempotency_key is ${JSON.stringify(key)}; expected a non-empty string`);
  return { ok: true, payload, expiresAt, ...(typeof key === 'string' ? { idempotencyKey: key } : {}) };
}
