import type { Context } from 'hono';
import { z } from 'zod';
import { zodProblems } from '../database/stored-row';
import { ApiRefusal } from './api-refusal';
import { errorMessage } from '../../shared/error-message';

/**
 * The request's body parsed as JSON (undefined when empty); a body that is not JSON is a bad request
 * whose message says where the parser stopped.
 * @example await readJsonBody(c) // { payload: {} }
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = errorMessage(error);
    throw new ApiRefusal('bad-request', `The request body is not valid JSON (${reason}); send a JSON object, e.g. {"payload": {}}`);
  }
}

/**
 * Parses `value` with `schema`, or refuses the request naming every field that is wrong.
 * @example parseOrRefuse(NewTask, body, 'Task not created') // throws 'Task not created: title: Too small: expected string to have >=1 characters'
 */
export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiRefusal('bad-request', `${what}: ${zodProblems(parsed.error).join('; ')}`);
  return parsed.data;
}
