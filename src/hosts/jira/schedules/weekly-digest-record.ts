import { z } from 'zod';
import { ThresholdRule } from '../../../core/budget/thresholds';
import { DoubleBooking } from '../../../core/capacity/double-booking';
import { Instant, LocalDate } from '../../../core/dates/local-date';
import { CurrencyCode } from '../../../core/money/currency';
import type { KeyValueStore } from '../storage';

const Minor = z.number().int();
const IsoWeek = z.string().regex(/^\d{4}-W\d{2}$/, { message: 'ISO week must look like 2026-W48' });

export const DigestBudgetAlert = z.object({
  lineId: z.string().min(1),
  level: z.enum(['task', 'epic', 'campaign', 'project', 'portfolio', 'organisation']),
  name: z.string(),
  key: z.string().optional(),
  rule: ThresholdRule,
  planned: Minor,
  value: Minor,
  /** value ÷ planned in basis points; null when nothing was planned. */
  percentReachedBasisPoints: z.number().int().nullable(),
  overBy: Minor,
  message: z.string(),
});
export type DigestBudgetAlert = z.infer<typeof DigestBudgetAlert>;

export const DigestOverAllocation = z.object({
  personId: z.string().min(1),
  name: z.string().min(1),
  teamId: z.string().min(1),
  isoWeek: IsoWeek,
  allocatedMinutes: z.number().int().nonnegative(),
  availableMinutes: z.number().int().nonnegative(),
});
export type DigestOverAllocation = z.infer<typeof DigestOverAllocation>;

/**
 * The weekly digest as stored for the admin page: the organisation's budget alerts and its people
 * over capacity in the coming weeks, read as the app. Only Jira admins are shown it, because it is
 * computed over every issue the app can see. Lists are capped to fit one KVS value; `leftOut` says
 * how many entries did not fit.
 */
export const WeeklyDigest = z.object({
  schemaVersion: z.literal(1),
  isoWeek: IsoWeek,
  asOf: LocalDate,
  generatedAt: Instant,
  /** False when the site had more issues than one run may read; totals then understate. */
  complete: z.boolean(),
  tasksRead: z.number().int().nonnegative(),
  baseCurrency: CurrencyCode,
  budgetAlerts: z.array(DigestBudgetAlert),
  overAllocated: z.array(DigestOverAllocation),
  doubleBookings: z.array(DoubleBooking),
  leftOut: z.object({ budgetAlerts: z.number().int().nonnegative(), overAllocated: z.number().int().nonnegative(), doubleBookings: z.number().int().nonnegative() }),
  /** Campaign and epic issues commented on this run because a threshold was newly crossed. */
  commented: z.array(z.object({ taskId: z.string().min(1), key: z.string().optional(), ruleId: z.string().min(1) })),
  /** Newly crossed thresholds left for the next run, past this run's comment budget. */
  commentsDeferred: z.number().int().nonnegative(),
  problems: z.array(z.string()),
});
export type WeeklyDigest = z.infer<typeof WeeklyDigest>;

/** Old weeks are kept for a quarter, then Forge drops them. */
const WEEK_TTL_SECONDS = 92 * 24 * 60 * 60;

/**
 * Digests in Forge's KVS: one record per ISO week (so a second run in the same week replaces, never
 * adds) and the latest one under a fixed key for the admin page.
 * @example await new DigestStore(kv).save(digest); (await new DigestStore(kv).latest())?.isoWeek // '2026-W48'
 */
export class DigestStore {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly prefix = 'mops:digest:',
  ) {}

  async save(digest: WeeklyDigest): Promise<void> {
    const checked = WeeklyDigest.parse(digest);
    await this.kv.transact({
      set: [
        { key: `${this.prefix}week:${checked.isoWeek}`, value: checked, options: { ttlSeconds: WEEK_TTL_SECONDS } },
        { key: `${this.prefix}latest`, value: checked },
      ],
    });
  }

  /** The latest digest, or undefined before the first run (or when it cannot be read). */
  async latest(): Promise<WeeklyDigest | undefined> {
    return WeeklyDigest.safeParse(await this.kv.get(`${this.prefix}latest`)).data;
  }

  async ofWeek(isoWeek: string): Promise<WeeklyDigest | undefined> {
    return WeeklyDigest.safeParse(await this.kv.get(`${this.prefix}week:${isoWeek}`)).data;
  }
}
