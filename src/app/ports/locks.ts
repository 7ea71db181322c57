/**
 * Short leases so that two deliveries of the same event, running at once, do not both act. A lease
 * expires by itself, so a crashed run never blocks a task for long.
 */
export interface Locks {
  /** True when the caller now holds `key` for `seconds`; false when someone else does. */
  acquire(key: string, seconds: number): Promise<boolean>;
  release(key: string): Promise<void>;
}
