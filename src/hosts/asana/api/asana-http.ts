import { z } from 'zod';
import {
  AsanaHttpError,
  AsanaNotFoundError,
  AsanaPermissionError,
  type AsanaRequestSummary,
  AsanaResponseShapeError,
  AsanaTransportError,
  AsanaUnavailableError,
} from './asana-errors';
import type { AsanaAnswer, AsanaMethod, AsanaRequest, AsanaTransport } from './asana-transport';
import { RetryPacing, type RetryPacingOptions } from '../../shared/retry-pacing';
import { errorMessage } from '../../shared/error-message';

/**
 * How the client paces retries (see RetryPacing). Asana's 429s ask for tens of seconds at a time; a
 * webhook-driven job can afford about a minute of waiting (the default) before it gives up and is
 * retried later.
 */
export type AsanaHttpOptions = RetryPacingOptions;

export interface AsanaCall<T> {
  method: AsanaMethod;
  path: string;
  pathParams?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | number | undefined>>;
  body?: { data: unknown };
  /** A `multipart/form-data` body instead of JSON (only `POST /attachments` takes one). */
  form?: Readonly<Record<string, string>>;
  /** What the call is about, for error messages: "task 1209…". */
  subject: string;
  /** Reads the answer; names only the fields the caller uses. */
  schema: z.ZodType<T>;
  /** Error statuses whose body is still an answer (the Events API's 412 carries a fresh sync token). */
  answerStatuses?: readonly number[];
}

export interface AsanaPagedCall<T> extends Omit<AsanaCall<unknown>, 'schema' | 'method' | 'body' | 'form' | 'answerStatuses'> {
  /** One element of `data`. */
  item: z.ZodType<T>;
  /** Page size, 1 to 100 (Asana's maximum). */
  limit?: number;
  /** Continue a listing whose first page came another way (e.g. inside a batch). */
  startOffset?: string;
}

/** One action of `POST /batch`: a relative path and, for reads, the `opt_fields` and page size. */
export interface BatchAction {
  method: 'get' | 'post' | 'put' | 'delete';
  relative_path: string;
  data?: unknown;
  options?: { fields?: readonly string[]; limit?: number };
}

/** One action's answer inside a batch: its own status and body. */
export interface BatchOutcome {
  status: number;
  body: unknown;
}

/** Asana's limit of actions per `POST /batch`. */
export const BATCH_LIMIT = 10;
/** Asana's largest page. */
export const MAX_PAGE_SIZE = 100;

const DEFAULTS = { maxRetries: 4, maxTotalWaitMs: 60_000, baseDelayMs: 1_000 } as const;
const RETRYABLE = new Set([429, 503]);

const ErrorBody = z.object({ errors: z.array(z.object({ message: z.string().optional() }).loose()) }).loose();

/** `next_page` of a list: null on the last page. */
const NextPage = z.object({ offset: z.string().min(1) }).loose().nullable().optional();

const BatchAnswer = z.object({
  data: z.array(z.object({ status_code: z.number().int(), body: z.unknown().optional() }).loose()),
});

function messagesOf(answer: AsanaAnswer): string[] {
  const parsed = ErrorBody.safeParse(answer.body);
  if (parsed.success) return parsed.data.errors.flatMap((error) => (error.message ? [error.message] : []));
  return answer.unreadable ? [answer.unreadable.trim()] : [];
}

/**
 * Asana's error messages in a batch action's body, for reporting one failed action.
 * @example batchMessages({ status: 403, body: { errors: [{ message: 'Forbidden' }] } }) // ['Forbidden']
 */
export function batchMessages(outcome: BatchOutcome): string[] {
  const parsed = ErrorBody.safeParse(outcome.body);
  return parsed.success ? parsed.data.errors.flatMap((error) => (error.message ? [error.message] : [])) : [];
}

function expand(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{([\w-]+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : encodeURIComponent(params[name])));
}

/**
 * Asana's REST API as one counted, pacing, validating client over a transport (the official `asana`
 * client in production): every attempt is counted, 429 and 503 are retried exactly as long as
 * `Retry-After` asks (or with doubling backoff when it does not say) within a retry cap and a total
 * waiting budget, error statuses become typed errors naming the request, and every answer is parsed
 * with the caller's zod schema, so a malformed answer is an AsanaResponseShapeError, never a crash.
 * @example const task = await http.request({ method: 'GET', path: '/tasks/{task_gid}', pathParams: { task_gid: gid }, query: { opt_fields: 'name' }, subject: `task ${gid}`, schema: TaskAnswer })
 */
export class AsanaHttp {
  private readonly pacing: RetryPacing;

  constructor(
    private readonly transport: AsanaTransport,
    options: AsanaHttpOptions = {},
  ) {
    this.pacing = new RetryPacing(options, DEFAULTS);
  }

  /** Requests sent so far, retries included. */
  hostCalls(): number {
    return this.pacing.hostCalls();
  }

  /** Milliseconds spent waiting for Asana to take requests again. */
  waitedFor(): number {
    return this.pacing.waitedFor();
  }

  async request<T>(call: AsanaCall<T>): Promise<T> {
    const query = Object.fromEntries(Object.entries(call.query ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
    const summary: AsanaRequestSummary = { method: call.method, path: expand(call.path, call.pathParams), subject: call.subject };
    const request: AsanaRequest = { method: call.method, path: call.path, query, ...(call.pathParams ? { pathParams: call.pathParams } : {}), ...(call.body ? { body: call.body } : {}), ...(call.form ? { form: call.form } : {}) };
    for (let retry = 0; ; retry += 1) {
      this.pacing.countCall();
      let answer: AsanaAnswer;
      try {
        answer = await this.transport(request);
      } catch (error) {
        throw new AsanaTransportError(summary, errorMessage(error));
      }
      const { status } = answer;
      if ((status >= 200 && status < 300) || call.answerStatuses?.includes(status)) return this.parse(call.schema, summary, answer);
      if (!RETRYABLE.has(status)) throw failure(status, summary, messagesOf(answer));
      const refusal = await this.pacing.waitBeforeRetry(retry, answer.retryAfter);
      if (refusal !== undefined) throw new AsanaUnavailableError(summary, status, retry + 1, this.pacing.waitedFor(), refusal);
    }
  }

  /**
   * Every page of a list endpoint, following `next_page.offset` until Asana sends no next page.
   * @example for await (const tasks of http.pages({ path: '/tasks', query: { project: gid, opt_fields: 'name' }, subject: 'tasks', item: TaskRecord })) …
   */
  async *pages<T>(call: AsanaPagedCall<T>): AsyncGenerator<T[]> {
    const limit = call.limit ?? MAX_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new Error(`Page limit must be a whole number from 1 to ${MAX_PAGE_SIZE}; got ${limit}`);
    const schema = z.object({ data: z.array(call.item), next_page: NextPage });
    const seen = new Set<string>();
    let offset = call.startOffset;
    for (;;) {
      const page = await this.request({ method: 'GET', path: call.path, subject: call.subject, query: { ...call.query, limit, offset }, schema, ...(call.pathParams ? { pathParams: call.pathParams } : {}) });
      yield page.data;
      const next = page.next_page?.offset;
      if (!next) return;
      if (seen.has(next)) {
        throw new AsanaResponseShapeError({ method: 'GET', path: expand(call.path, call.pathParams), subject: call.subject }, [`next_page.offset "${next}" came back twice; paging stopped`]);
      }
      seen.add(next);
      offset = next;
    }
  }

  /**
   * Up to ten actions in one `POST /batch`; each comes back with its own status and body, in order.
   * Asana runs them in parallel, so they must not depend on each other.
   * @example const [task, subtasks] = await http.batch([{ method: 'get', relative_path: `/tasks/${gid}` }, …], `context of task ${gid}`)
   */
  async batch(actions: readonly BatchAction[], subject: string): Promise<BatchOutcome[]> {
    if (actions.length === 0) return [];
    if (actions.length > BATCH_LIMIT) throw new Error(`A batch holds at most ${BATCH_LIMIT} actions; got ${actions.length} for ${subject}`);
    const answer = await this.request({ method: 'POST', path: '/batch', subject, body: { data: { actions } }, schema: BatchAnswer });
    if (answer.data.length !== actions.length) {
      throw new AsanaResponseShapeError({ method: 'POST', path: '/batch', subject }, [`${answer.data.length} results for ${actions.length} actions`]);
    }
    return answer.data.map((result) => ({ status: result.status_code, body: result.body }));
  }

  private parse<T>(schema: z.ZodType<T>, summary: AsanaRequestSummary, answer: AsanaAnswer): T {
    if (answer.unreadable !== undefined) throw new AsanaResponseShapeError(summary, [`body is not JSON: ${answer.unreadable.slice(0, 80)}`]);
    const parsed = schema.safeParse(answer.body);
    if (parsed.success) return parsed.data;
    throw new AsanaResponseShapeError(summary, shapeProblems(parsed.error));
  }
}

/**
 * A zod error as short lines naming the path and the problem, for AsanaResponseShapeError.
 * @example shapeProblems(error) // ['data.0.gid: Invalid input: expected string, received number']
 */
export function shapeProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

function failure(status: number, summary: AsanaRequestSummary, messages: string[]): Error {
  if (status === 403) return new AsanaPermissionError(summary, messages);
  if (status === 404) return new AsanaNotFoundError(summary, messages);
  return new AsanaHttpError(status, summary, messages);
}
