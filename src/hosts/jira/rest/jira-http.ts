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
import { retryAfterMs } from './retry-after';

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

export interface JiraHttpOptions {
  /** Waits between attempts; tests pass one that records the wait and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Reads the clock, only to turn a `Retry-After` HTTP date into a wait. */
  now?: () => Date;
  /** Retries of one request after a 429 or 5xx. */
  maxRetries?: number;
  /**
   * Waiting allowed across every request of this instance. Forge stops a resolver at 25 s, so one
   * instance per invocation with 10 s of waiting leaves time for the work itself.
   */
  maxTotalWaitMs?: number;
  /** First backoff when Jira sends no `Retry-After`; doubled on every retry. */
  baseDelayMs?: number;
  /** A number in [0, 1) that spreads concurrent clients' retries; defaults to Math.random. */
  jitter?: () => number;
}

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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Jira's REST API as one counted, retrying, validating function: every attempt is counted, 429 and 5xx
 * are retried with exponential backoff (or exactly as long as `Retry-After` asks) within a retry cap
 * and a total waiting budget, errors become typed errors that name what was asked, and answers are
 * parsed with the caller's schema.
 * @example await new JiraHttp(api.asApp().requestJira).request({ method: 'GET', route: route`/rest/api/3/issue/${id}`, subject: `issue ${id}`, schema: IssueSchema })
 */
export class JiraHttp {
  private calls = 0;
  private waitedMs = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => Date;
  private readonly jitter: () => number;
  private readonly maxRetries: number;
  private readonly maxTotalWaitMs: number;
  private readonly baseDelayMs: number;

  constructor(
    private readonly requester: JiraRequester,
    options: JiraHttpOptions = {},
  ) {
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? (() => new Date());
    this.jitter = options.jitter ?? Math.random;
    this.maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
    this.maxTotalWaitMs = options.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;
    this.baseDelayMs = options.baseDelayMs ?? DEFAULTS.baseDelayMs;
  }

  /** Requests sent so far, retries included: each one counts against Forge's per-invocation limit. */
  hostCalls(): number {
    return this.calls;
  }

  /** Milliseconds spent waiting for Jira to accept requests again. */
  waitedFor(): number {
    return this.waitedMs;
  }

  async request<T>(call: JiraCall<T>): Promise<T> {
    const summary: JiraRequestSummary = { method: call.method, path: call.route.value, subject: call.subject };
    const init: JiraRequestInit = { method: call.method, headers: { Accept: 'application/json' } };
    if (call.body !== undefined) {
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      init.body = JSON.stringify(call.body);
    }
    for (let retry = 0; ; retry += 1) {
      this.calls += 1;
      const response = await this.requester(call.route, init);
      const text = await response.text();
      const { status } = response;
      if ((status >= 200 && status < 300) || call.answerStatuses?.includes(status)) return this.parse(call, summary, text);
      if (!isRetryable(status)) throw this.failure(status, summary, text);
      const delay = this.delayBefore(retry, response.headers.get('Retry-After'));
      const attempts = retry + 1;
      if (retry >= this.maxRetries) {
        throw new JiraUnavailableError(summary, status, attempts, this.waitedMs, `gave up after ${this.maxRetries} retries`);
      }
      if (this.waitedMs + delay > this.maxTotalWaitMs) {
        throw new JiraUnavailableError(
          summary,
          status,
          attempts,
          this.waitedMs,
          `the next wait of ${(delay / 1000).toFixed(1)} s would pass the ${(this.maxTotalWaitMs / 1000).toFixed(1)} s waiting budget`,
        );
      }
      this.waitedMs += delay;
      await this.sleep(delay);
    }
  }

  private delayBefore(retry: number, retryAfter: string | null): number {
    const asked = retryAfterMs(retryAfter, this.now());
    if (asked !== undefined) return asked;
    // "Equal jitter": at least half the exponential step, so waits still grow when the jitter is low.
    const step = this.baseDelayMs * 2 ** retry;
    return Math.round(step / 2 + (step / 2) * this.jitter());
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
