import { z } from 'zod';
import { DuplicateDecision } from '../core/duplicates/decision';
import { LocalDate } from '../core/dates/local-date';
import { CurrencyCode } from '../core/money/currency';
import { StatusCategory } from '../core/task/task';

/*
 * The duplicates report as it crosses the wire (resolver answer → UI): the schema is the type. The Jira
 * and local resolvers check their answer with it before sending, the UI app on arrival. It imports only
 * the core, so the browser bundle can use it.
 */

const Minor = z.number().int();

/**
 * Whether a task link is safe to open in the top frame: a path on the host's own site ('/browse/WEB-12',
 * never '//' or '/\', which browsers read as another site) or an https: address. Anything else, a
 * `javascript:` link above all, would run or go where the host never meant.
 * @example isOpenableTaskUrl('https://app.asana.com/0/1300000000000005/1300000000000021') // true
 * @example isOpenableTaskUrl('javascript:alert(1)') // false
 */
export function isOpenableTaskUrl(url: string): boolean {
  // Browsers drop tabs and newlines inside a link and trim spaces around it, which can turn '/\t/x' into '//x'.
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false;
  if (url.startsWith('/')) return !/^\/[/\\]/.test(url);
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

const TaskUrl = z.string().refine(isOpenableTaskUrl, {
  error: (issue) => `url ${JSON.stringify(issue.input)} is not a path on this site ("/browse/WEB-12") or an https: address`,
});

/** A task of a cluster, with the names a reader recognises and its planned budget twice over. */
export const DuplicatesReportTask = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  title: z.string(),
  /** Where the task opens, as the host decides: Jira and the local host `/browse/<key>` on their own site, Asana the task in Asana. */
  url: TaskUrl,
  projectId: z.string().min(1),
  projectKey: z.string().min(1),
  projectName: z.string().min(1),
  teamId: z.string().optional(),
  /** Null for work no team is set on. */
  teamName: z.string().nullable(),
  ownerName: z.string().nullable(),
  status: z.string(),
  statusCategory: StatusCategory,
  /** 'duplicate' members count towards the money at stake; 'related' ones are shown beside them only. */
  membership: DuplicateDecision,
  /** Null when the task has no budget. */
  planned: z.object({ amount: Minor, currency: CurrencyCode }).nullable(),
  /** Null when the task has no budget or its currency has no rate (then it is in `unconverted`). */
  plannedInBase: Minor.nullable(),
});
export type DuplicatesReportTask = z.infer<typeof DuplicatesReportTask>;

/** One pair the engine found, both ends inside the cluster. */
export const DuplicatesReportPair = z.object({
  taskIds: z.tuple([z.string().min(1), z.string().min(1)]),
  score: z.number().min(0).max(1),
  decision: DuplicateDecision,
  matchedTerms: z.array(z.string()),
  sharedAssets: z.array(z.string()),
});
export type DuplicatesReportPair = z.infer<typeof DuplicatesReportPair>;

/** A task whose planned budget could not be put into the base currency, so it is not in the money at stake. */
export const UnconvertedBudget = z.object({ taskId: z.string().min(1), key: z.string().min(1), currency: CurrencyCode, amount: Minor, message: z.string() });
export type UnconvertedBudget = z.infer<typeof UnconvertedBudget>;

export const DuplicateCluster = z.object({
  /** Stable while the cluster's members stay: the smallest member id. */
  id: z.string().min(1),
  /** 'likely-duplicate' when likely-duplicate pairs hold it together; 'related' for a lower-tier pair. */
  tier: DuplicateDecision,
  tasks: z.array(DuplicatesReportTask).min(2),
  /** The teams the members work in, so a reader sees the work crosses teams. */
  teamNames: z.array(z.string()),
  matchedTerms: z.array(z.string()),
  sharedAssets: z.array(z.string()),
  bestScore: z.number().min(0).max(1),
  pairs: z.array(DuplicatesReportPair).min(1),
  /** The planned base-currency budget of every counted member except the largest: what merging would save. */
  moneyAtStake: Minor.nonnegative(),
  /** The member whose budget is kept; null when no counted member has a converted budget. */
  largestTaskId: z.string().nullable(),
  unconverted: z.array(UnconvertedBudget),
});
export type DuplicateCluster = z.infer<typeof DuplicateCluster>;

export const DuplicatesReportView = z.object({
  asOf: LocalDate,
  baseCurrency: CurrencyCode,
  /** The project the report is narrowed to: clusters with at least one of its tasks. */
  projectId: z.string().optional(),
  /** Likely-duplicate clusters first, each tier by money at stake, then best score. */
  clusters: z.array(DuplicateCluster),
  totals: z.object({
    /** Over likely-duplicate clusters only: related work is not the same work. */
    moneyAtStake: Minor.nonnegative(),
    relatedMoneyAtStake: Minor.nonnegative(),
    likelyClusters: z.number().int().nonnegative(),
    relatedClusters: z.number().int().nonnegative(),
    unconvertedTasks: z.number().int().nonnegative(),
  }),
});
export type DuplicatesReportView = z.infer<typeof DuplicatesReportView>;
