import { retryAfterMs } from './retry-after';

export interface RetryPacingOptions {
  /** Waits between attempts; tests pass one that records the wait and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Reads the clock, only to turn a `Retry-After` HTTP date into a wait. */
  now?: () => Date;
  /** Retries of one request after a status the host asks to retry. */
  maxRetries?: number;
  /** Waiting allowed across every request of one client (one invocation, one job). */
  maxTotalWaitMs?: number;
  /** First backoff when the host sends no `Retry-After`; doubled on every retry. */
  baseDelayMs?: number;
  /** A number in [0, 1) that spreads concurrent clients' retries; none means the full step. */
  jitter?: () => number;
}

export type RetryPacingDefaults = Required<Pick<RetryPacingOptions, 'maxRetries' | 'maxTotalWaitMs' | 'baseDelayMs'>>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How a host's HTTP client counts its calls and paces its retries: exactly as long as `Retry-After`
 * asks, or with doubling backoff when it does not say, within a retry cap per request and a waiting
 * budget per client. Jira's and Asana's clients share it; each keeps its own errors and defaults.
 * @example const pacing = new RetryPacing(options, { maxRetries: 4, maxTotalWaitMs: 10_000, baseDelayMs: 500 });
 * pacing.countCall(); const refusal = await pacing.waitBeforeRetry(0, response.headers.get('Retry-After'));
 */
export class RetryPacing {
  private calls = 0;
  private waitedMs = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => Date;
  private readonly jitter: (() => number) | undefined;
  private readonly maxRetries: number;
  private readonly maxTotalWaitMs: number;
  private readonly baseDelayMs: number;

  constructor(options: RetryPacingOptions, defaults: RetryPacingDefaults) {
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? (() => new Date());
    this.jitter = options.jitter;
    this.maxRetries = options.maxRetries ?? defaults.maxRetries;
    this.maxTotalWaitMs = options.maxTotalWaitMs ?? defaults.maxTotalWaitMs;
    this.baseDelayMs = options.baseDelayMs ?? defaults.baseDelayMs;
  }

  /** Called before every attempt, retries included: each one is a host call. */
  countCall(): void {
    this.calls += 1;
  }

  hostCalls(): number {
    return this.calls;
  }

  /** Milliseconds spent waiting for the host to take requests again. */
  waitedFor(): number {
    return this.waitedMs;
  }

  /**
   * After attempt `retry` (0 for the first) was refused with a status worth retrying: waits as the host
   * asked and returns undefined, or, without waiting, says why retrying stops here.
   */
  async waitBeforeRetry(retry: number, retryAfterHeader: string | null | undefined): Promise<string | undefined> {
    if (retry >= this.maxRetries) return `gave up after ${this.maxRetries} retries`;
    const delay = retryAfterMs(retryAfterHeader, this.now()) ?? this.backoff(retry);
    if (this.waitedMs + delay > this.maxTotalWaitMs) {
      return `the next wait of ${(delay / 1000).toFixed(1)} s would pass the ${(this.maxTotalWaitMs / 1000).toFixed(1)} s waiting budget`;
    }
    this.waitedMs += delay;
    await this.sleep(delay);
    return undefined;
  }

  private backoff(retry: number): number {
    const step = this.baseDelayMs * 2 ** retry;
    // "Equal jitter": at least half the exponential step, so waits still grow when the jitter is low.
    return this.jitter ? Math.round(step / 2 + (step / 2) * this.jitter()) : step;
  }
}
