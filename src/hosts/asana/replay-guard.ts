/**
 * Remembers keys for a while so that something delivered twice is acted on once: webhook events
 * (Asana re-delivers a batch it thinks failed) and App Components `idempotency_key`s. A store with
 * expiry (the app server's database, or memory for one process) implements it.
 */
export interface ReplayGuard {
  /** True the first time `key` is offered within `ttlSeconds`; false while it is remembered. Atomic. */
  firstUse(key: string, ttlSeconds: number, now: Date): Promise<boolean>;
  /** Lets `key` be used again, e.g. when acting on it failed and a later delivery should retry. */
  forget(key: string): Promise<void>;
}

/**
 * A ReplayGuard in this process's memory, for one server and for tests. Expired keys are dropped as
 * new ones arrive, so memory stays bounded by what arrives within one TTL.
 * @example const guard = memoryReplayGuard(); await guard.firstUse('k', 60, now) // true, then false
 */
export function memoryReplayGuard(): ReplayGuard & { size(): number } {
  const until = new Map<string, number>();
  const sweep = (nowMs: number) => {
    for (const [key, expiresMs] of until) if (expiresMs <= nowMs) until.delete(key);
  };
  return {
    async firstUse(key, ttlSeconds, now) {
      if (!(ttlSeconds > 0)) throw new Error(`ttlSeconds must be a positive number of seconds; got ${ttlSeconds}`);
      const nowMs = now.getTime();
      sweep(nowMs);
      if (until.has(key)) return false;
      until.set(key, nowMs + ttlSeconds * 1000);
      return true;
    },
    async forget(key) {
      until.delete(key);
    },
    size: () => until.size,
  };
}
