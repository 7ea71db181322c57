import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { zodProblems } from '../../local/database/stored-row';
import { AsanaAuthError } from './asana-auth-api';

/** An Asana gid in a form or query. */
export const Gid = z.string().trim().regex(/^\d{1,30}$/, { message: 'expected an Asana gid: digits only, e.g. "1200445566"' });

/** A personal access token pasted into a form: trimmed, whole, alone. */
export const PersonalAccessTokenText = z
  .string({ message: 'expected the personal access token from Asana (My settings → Apps → Developer console)' })
  .trim()
  .min(16, { message: 'too short for an Asana personal access token; paste the whole token' })
  .max(512, { message: 'longer than any Asana personal access token (512 characters at most)' })
  .regex(/^\S+$/, { message: 'contains spaces; paste the token alone' });

/** A request the connect or sign-in routes refuse: answered with the status and `{ error: message }`. */
export class Refusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The value parsed with `schema`, or a 400 Refusal naming each field's problem after `what`.
 * @example parseOr400(z.object({ workspace: Gid }), { workspace: 'Acme' }, 'Nothing disconnected') // throws Refusal(400, 'Nothing disconnected: workspace: expected an Asana gid…')
 */
export function parseOr400<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Refusal(400, `${what}: ${zodProblems(parsed.error).join('; ')}`);
  return parsed.data;
}

/**
 * A form post or a JSON body, as a plain record of strings.
 * @example await formOf(c) // { token: '2/1209…', workspace: '1200' }
 */
export async function formOf(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    try {
      return await c.req.json();
    } catch {
      throw new Refusal(400, 'The request body is not valid JSON; send a form or a JSON object');
    }
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) return c.req.parseBody();
  throw new Refusal(400, `Content-Type "${type || '(none)'}" is not accepted; post a form (application/x-www-form-urlencoded) or JSON`);
}

/**
 * An Asana auth failure as a Refusal: refused → 400 after `refusedAs`, not configured → 503, Asana
 * unreachable or strange → 502. Anything else is rethrown.
 * @example throw asanaFailure(error, 'Personal access token not connected')
 */
export function asanaFailure(error: unknown, refusedAs: string): Refusal {
  if (error instanceof AsanaAuthError) {
    if (error.failure === 'refused') return new Refusal(400, `${refusedAs}: ${error.message}`);
    if (error.failure === 'not-configured') return new Refusal(503, error.message);
    return new Refusal(502, `${error.message}. Nothing was saved`);
  }
  throw error;
}

/**
 * The Mops person making the request, or a 401 Refusal with `refusal` (which says what they must do first).
 * @example const person = await mopsPersonOf(c, deps.personOf, 'Sign in to Mops before connecting Asana')
 */
export async function mopsPersonOf(c: Context, personOf: (c: Context) => Promise<string | undefined>, refusal: string): Promise<string> {
  const person = await personOf(c);
  if (person === undefined) throw new Refusal(401, refusal);
  return person;
}
