import { subDays } from 'date-fns';
import type { Settings } from '../core/settings/settings';
import type { Task } from '../core/task/task';
import { collect } from './collect';
import { type Directory, nameLookup, projectKeyOf } from './directory';
import { findDuplicateWork } from './duplicate-findings';
import { clusterPairs, clusterTerms, type PairCluster } from './duplicates-report-clusters';
import { moneyAtStake } from './duplicates-report-money';
import { pairKey, type ReviewedPairs } from './duplicates-report-reviews';
import type { DuplicateCluster, DuplicatesReportPair, DuplicatesReportTask, DuplicatesReportView } from './duplicates-report-view';
import { organisationToday } from './organisation-today';
import type { Clock } from './ports/clock';
import type { DuplicateIndexStore } from './ports/duplicate-store';
import type { TaskQuery, Tracker } from './ports/tracker';

export interface DuplicatesReportDeps {
  /** Acting as the viewer: the report holds only tasks this tracker returns. */
  tracker: Tracker;
  /** The organisation's duplicate index, the one the panel's suggestions come from. */
  duplicates: Pick<DuplicateIndexStore, 'load'>;
  reviews: ReviewedPairs;
  settings: Settings;
  clock: Clock;
  /**
   * The names behind team, owner and project ids; what it lacks is shown by id or key. A host that
   * learns names from the tasks it reads (Asana's assignees) gives a function, asked once the tasks are read.
   */
  directory: Directory | (() => Directory);
  /** Where a task opens; `/browse/<key>` on the host's own site (Jira's and the local host's way) unless the host says otherwise. */
  taskUrl?: (task: Task) => string;
}

export interface DuplicatesReportOptions {
  /** Only clusters with at least one task of this project; their other members may be anywhere the viewer sees. */
  projectId?: string;
}

const TIER_ORDER = { 'likely-duplicate': 0, related: 1 } as const;

/** The ids of a task's ancestors among the tasks read: a task and its own epic describe the same work by design. */
function ancestorsOf(task: Task, byId: ReadonlyMap<string, Task>): Set<string> {
  const ancestors = new Set<string>();
  for (let parentId = task.parentId; parentId !== undefined && !ancestors.has(parentId); parentId = byId.get(parentId)?.parentId) ancestors.add(parentId);
  return ancestors;
}

/**
 * Whether two tasks can be duplicate work across teams: different teams, neither inside the other, and
 * not the same step of a process template in two of its instances (every webinar has its dry run).
 */
function crossTeamCandidates(left: Task, right: Task, byId: ReadonlyMap<string, Task>): boolean {
  if (left.teamId === right.teamId) return false;
  if (left.templateStepId !== undefined && left.templateStepId === right.templateStepId) return false;
  return !ancestorsOf(left, byId).has(right.id) && !ancestorsOf(right, byId).has(left.id);
}

/** The same pair found from both ends keeps its stronger reading. */
function strongerPair(existing: DuplicatesReportPair | undefined, found: DuplicatesReportPair): DuplicatesReportPair {
  if (existing === undefined) return found;
  if (TIER_ORDER[found.decision] !== TIER_ORDER[existing.decision]) return TIER_ORDER[found.decision] < TIER_ORDER[existing.decision] ? found : existing;
  return found.score > existing.score ? found : existing;
}

/**
 * Clusters of work that several teams (or agencies) are doing at once, with the money at stake in each:
 * what merging would save. Tasks are those the viewer may see, open or closed within
 * `settings.duplicateDetection.closedWithinDays`; pairs come from the same index and rules as the
 * issue panel's suggestions, leaving out pairs someone dismissed or linked. A cluster is built only
 * from tasks the viewer sees, so it never hints at others.
 * Host calls: two paged searches (open work, recently updated work), one search by id for the other ends
 * when narrowed to a project, and one read of reviewed pairs (none in Jira, whose searches bring each
 * issue's links and state along); never one call per task.
 * @example (await duplicatesReport({}, deps)).clusters[0]?.tasks.map((task) => task.teamName) // ['Brand & Content', 'Pixel & Ink (agency)']
 */
export async function duplicatesReport(options: DuplicatesReportOptions, deps: DuplicatesReportDeps): Promise<DuplicatesReportView> {
  const { tracker, settings } = deps;
  const detection = settings.duplicateDetection;
  const now = deps.clock.now();
  const asOf = organisationToday(deps.clock, settings);
  const closedAfter = subDays(now, detection.closedWithinDays);
  const narrowed: TaskQuery = options.projectId === undefined ? {} : { projectIds: [options.projectId] };

  // Closed work was updated when it closed, so "updated since" holds everything closed since.
  const [open, recent, index] = await Promise.all([
    collect(tracker.searchTasks({ ...narrowed, openOnly: true })),
    collect(tracker.searchTasks({ ...narrowed, updatedSince: closedAfter.toISOString() })),
    deps.duplicates.load(),
  ]);
  const closedAtById = new Map(index.indexedTasks().map((indexed) => [indexed.id, indexed.closedAt]));
  const inWindow = (task: Task): boolean => {
    if (task.statusCategory !== 'done') return true;
    const closedAt = closedAtById.get(task.id);
    return closedAt === undefined || Date.parse(closedAt) >= closedAfter.getTime();
  };
  const known = new Map<string, Task>();
  for (const task of [...open, ...recent]) if (inWindow(task)) known.set(task.id, task);
  const queried = [...known.values()];

  const found = new Map<string, DuplicatesReportPair>();
  for (const task of queried) {
    for (const finding of findDuplicateWork(index, task, detection, now, [])) {
      const key = pairKey(task.id, finding.taskId);
      const pair: DuplicatesReportPair = {
        taskIds: task.id < finding.taskId ? [task.id, finding.taskId] : [finding.taskId, task.id],
        score: finding.score,
        decision: finding.decision,
        matchedTerms: finding.matchedTerms,
        sharedAssets: finding.sharedAssets,
      };
      found.set(key, strongerPair(found.get(key), pair));
    }
  }

  // Narrowed to a project, the other ends lie elsewhere: one search as the viewer says which they may see.
  const elsewhere = [...new Set([...found.values()].flatMap((pair) => pair.taskIds).filter((id) => !known.has(id)))];
  if (options.projectId !== undefined && elsewhere.length > 0) {
    for (const task of await collect(tracker.searchTasks({ taskIds: elsewhere }))) known.set(task.id, task);
  }

  const candidates = [...found.values()].filter((pair) => {
    const [left, right] = pair.taskIds.map((id) => known.get(id));
    return left !== undefined && right !== undefined && crossTeamCandidates(left, right, known);
  });
  const involved = [...new Set(candidates.flatMap((pair) => pair.taskIds))];
  const reviewed = new Set(involved.length > 0 ? (await deps.reviews.reviewedAmong(involved)).map(([left, right]) => pairKey(left, right)) : []);
  const pairs = candidates.filter((pair) => !reviewed.has(pairKey(...pair.taskIds))).sort((left, right) => right.score - left.score || pairKey(...left.taskIds).localeCompare(pairKey(...right.taskIds)));

  const describe = taskDescriber(typeof deps.directory === 'function' ? deps.directory() : deps.directory, deps.taskUrl ?? browseUrl);
  const clusters = clusterPairs(pairs)
    .map((cluster) => clusterView(cluster, known, describe, settings, asOf))
    .sort(
      (left, right) =>
        TIER_ORDER[left.tier] - TIER_ORDER[right.tier] || right.moneyAtStake - left.moneyAtStake || right.bestScore - left.bestScore || left.id.localeCompare(right.id),
    );

  const likely = clusters.filter((cluster) => cluster.tier === 'likely-duplicate');
  const related = clusters.filter((cluster) => cluster.tier === 'related');
  const sum = (list: readonly DuplicateCluster[]): number => list.reduce((total, cluster) => total + cluster.moneyAtStake, 0);
  return {
    asOf,
    baseCurrency: settings.baseCurrency,
    ...(options.projectId === undefined ? {} : { projectId: options.projectId }),
    clusters,
    totals: {
      moneyAtStake: sum(likely),
      relatedMoneyAtStake: sum(related),
      likelyClusters: likely.length,
      relatedClusters: related.length,
      unconvertedTasks: new Set(clusters.flatMap((cluster) => cluster.unconverted.map((entry) => entry.taskId))).size,
    },
  };
}

type Describe = (task: Task) => Omit<DuplicatesReportTask, 'membership' | 'plannedInBase'>;

/** The host resolves /browse/<key> on its own site, as Jira does. */
const browseUrl = (task: Task): string => `/browse/${encodeURIComponent(task.key)}`;

function taskDescriber(directory: Directory, taskUrl: (task: Task) => string): Describe {
  const names = nameLookup(directory);
  return (task) => {
    const keyPrefix = projectKeyOf(task.key, task.projectId);
    const project = names.project(task.projectId);
    const ownerId = task.ownerId ?? task.assigneeId;
    return {
      id: task.id,
      key: task.key,
      title: task.title,
      url: taskUrl(task),
      projectId: task.projectId,
      projectKey: project?.key ?? keyPrefix,
      projectName: project?.name ?? keyPrefix,
      ...(task.teamId === undefined ? {} : { teamId: task.teamId }),
      teamName: task.teamId === undefined ? null : (names.team(task.teamId) ?? task.teamId),
      ownerName: ownerId === undefined ? null : (names.person(ownerId) ?? ownerId),
      status: task.status,
      statusCategory: task.statusCategory,
      planned: task.budget ? { amount: task.budget.planned, currency: task.budget.currency } : null,
    };
  };
}

function clusterView(cluster: PairCluster, known: ReadonlyMap<string, Task>, describe: Describe, settings: Settings, asOf: string): DuplicateCluster {
  const members = [...cluster.members.entries()]
    .flatMap(([id, membership]) => {
      const task = known.get(id);
      return task ? [{ task, membership }] : [];
    })
    // The same work first, then what is attached to it; keys read in the order people number work.
    .sort((left, right) => TIER_ORDER[left.membership] - TIER_ORDER[right.membership] || left.task.key.localeCompare(right.task.key, 'en', { numeric: true }));
  // Attached related work is shown in the base currency too, though it is not counted.
  const counted = new Set(members.filter((member) => member.membership === cluster.tier).map((member) => member.task.id));
  const money = moneyAtStake(members.map((member) => member.task), settings.exchangeRates, asOf, (taskId) => counted.has(taskId));
  const tasks = members.map(({ task, membership }) => ({ ...describe(task), membership, plannedInBase: money.plannedInBase.get(task.id) ?? null }));
  return {
    id: [...cluster.members.keys()].sort()[0] ?? '',
    tier: cluster.tier,
    tasks,
    teamNames: [...new Set(tasks.map((task) => task.teamName).filter((name): name is string => name !== null))],
    matchedTerms: clusterTerms(cluster.pairs),
    sharedAssets: [...new Set(cluster.pairs.flatMap((pair) => pair.sharedAssets))],
    bestScore: Math.max(...cluster.pairs.map((pair) => pair.score)),
    pairs: cluster.pairs,
    moneyAtStake: money.moneyAtStake,
    largestTaskId: money.largestTaskId,
    unconverted: money.unconverted,
  };
}
