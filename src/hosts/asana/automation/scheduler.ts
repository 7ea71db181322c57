/** A repeating job, stopped by its handle; `stop` waits for a run under way to finish. */
export interface ScheduledJob {
  stop(): Promise<void>;
}

/** Runs jobs on an interval: timers in production, by hand in tests. */
export interface Scheduler {
  every(intervalMs: number, run: () => Promise<void>): ScheduledJob;
}

/**
 * A Scheduler on Node's timers. A run never overlaps the previous one (a slow run skips ticks), a
 * failing run does not stop the next, and the timer does not keep the process alive on its own.
 * @example const job = timerScheduler((error) => log('error', String(error))).every(60_000, catchUp); await job.stop();
 */
export function timerScheduler(onError: (error: unknown) => void): Scheduler {
  return {
    every(intervalMs, run) {
      if (!Number.isInteger(intervalMs) || intervalMs < 1000) throw new Error(`A scheduled job needs an interval of at least 1000 ms; got ${intervalMs}`);
      let running: Promise<void> | undefined;
      let stopped = false;
      const timer = setInterval(() => {
        if (running || stopped) return;
        running = run()
          .catch(onError)
          .finally(() => {
            running = undefined;
          });
      }, intervalMs);
      timer.unref();
      return {
        async stop() {
          stopped = true;
          clearInterval(timer);
          await running;
        },
      };
    },
  };
}
