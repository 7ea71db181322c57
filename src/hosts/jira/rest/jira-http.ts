import type { Route } from '@forge/api';
import { z } from 'zod';
import {
  type JiraErrorDetails,
  JiraHttpError,
  JiraNotFoundError,
  JiraPermissionError,
  type JiraRequestSummary,
  JiraResponseShapeError,
  JiraUnavailableError,
} from './jira-errors';
import { RetryPacing, type RetryPacingOptions } from '../../shared/retry-pacing';

/** The parts of a Forge `requestJira` response the adapter reads. */
export interface JiraResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface JiraRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * The shape of Forge's `requestJira(route, init)`: production passes `api.asUser().requestJira` (what a
 * person sees) or `api.asApp().requestJira` (automation); tests pass an in-process Jira.
 */
export type JiraRequester = (route: Route, init?: JiraRequestInit) => Promise<JiraResponse>;

/**
 * How the client paces retries (see RetryPacing). Forge stops a resolver at 25 s, so one instance per
 * invocation with 10 s of waiting (the default) leaves time for the work itself. The jitter defaults
 * to Math.random, spreading concurrent invocations' retries.
 */
export type JiraHttpOptions = RetryPacingOptions;

export type JiraMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraCall<T> {
  method: JiraMethod;
  route: Route;
  /** What the call is about, for error messages: "issue 10042". */
  subject: string;
  body?: unknown;
  /** Reads the answer's body; the adapter names only the fields it uses. */
  schema: z.ZodType<T>;
  /** Error statuses whose body is still an answer (bulk create reports per-issue failures with 400). */
  answerStatuses?: readonly number[];
}

const DEFAULTS = { maxRetries: 4, maxTotalWaitMs: 10_000, baseDelayMs: 500 } as const;

const ErrorBody = z.object({
  errorMessages: z.array(z.string()).catch([]),
  errors: z.record(z.string(), z.string()).catch({}),
});

function errorDetails(text: string): JiraErrorDetails {
  if (text.trim() === '') return { errorMessages: [], errors: {} };
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a proxy's or gateway's page. Its first words are still worth showing.
  }
  return { errorMessages: [text.trim().slice(0, 200)], errors: {} };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as unknown;
}

const isRetryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

/**
 * Jira's REST API as one counted, retrying, validating function: every attempt is counted, 429 and 5xx
 * are retried with exponential backoff (or exactly as long as `Retry-After` asks) within a retry cap
 * and a total waiting budget, errors become typed errors that name what was asked, and answers are
 * parsed with the caller's schema.
 * @example await new JiraHttp(api.asApp().requestJira).request({ method: 'GET', route: route`/rest/api/3/issue/${id}`, subject: `issue ${id}`, schema: IssueSchema })
 */
export class JiraHttp {
  private readonly pacing: RetryPacing;

  constructor(
    private readonly requester: JiraRequester,
    options: JiraHttpOptions = {},
  ) {
    this.pacing = new RetryPacing({ jitter: Math.random, ...options }, DEFAULTS);
  }

  /** Requests sent so far, retries included: each one counts against Forge's per-invocation limit. */
  hostCalls(): number {
    return this.pacing.hostCalls();
  }

  /** Milliseconds spent waiting for Jira to accept requests again. */
  waitedFor(): number {
    return this.pacing.waitedFor();
  }

  async request<T>(call: JiraCall<T>): Promise<T> {
    const summary: JiraRequestSummary = { method: call.method, path: call.route.value, subject: call.subject };
    const init: JiraRequestInit = { method: call.method, headers: { Accept: 'application/json' } };
    if (call.body !== undefined) {
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      init.body = JSON.stringify(call.body);
    }
    for (let retry = 0; ; retry += 1) {
      this.pacing.countCall();
      const response = await this.requester(call.route, init);
      const text = await response.text();
      const { status } = response;
      if ((status >= 200 && status < 300) || call.answerStatuses?.includes(status)) return this.parse(call, summary, text);
      if (!isRetryable(status)) throw this.failure(status, summary, text);
      const refusal = await this.pacing.waitBeforeRetry(retry, response.headers.get('Retry-After'));
      if (refusal !== undefined) throw new JiraUnavailableError(summary, status, retry + 1, this.pacing.waitedFor(), refusal);
    }
  }

  private parse<T>(call: JiraCall<T>, summary: JiraRequestSummary, text: string): T {
    let body: unknown;
    try {
      body = parseJson(text);
    } catch {
      throw new JiraResponseShapeError(summary, [`body is not JSON: ${text.slice(0, 80)}`]);
    }
    const parsed = call.schema.safeParse(body);
    if (!parsed.success) {
      throw new JiraResponseShapeError(
        summary,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`),
      );
    }
    return parsed.data;
  }

  private failure(status: number, summary: JiraRequestSummary, text: string): Error {
    const details = errorDetails(text);
    if (status === 403) return new JiraPermissionError(summary, details);
    if (status === 404) return new JiraNotFoundError(summary, details);
    return new JiraHttpError(status, summary, details);
  }
}
