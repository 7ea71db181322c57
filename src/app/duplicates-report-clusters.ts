import type { DuplicateDecision } from '../core/duplicates/decision';
import type { DuplicatesReportPair } from './duplicates-report-view';

/** A cluster before names and money: who is in it, in which capacity, and the pairs that hold it. */
export interface PairCluster {
  tier: DuplicateDecision;
  /** Member id → whether it is the same work ('likely-duplicate') or only attached ('related'). */
  members: Map<string, DuplicateDecision>;
  pairs: DuplicatesReportPair[];
}

/** The words most pairs of a cluster share, as first written; at most this many. */
const CLUSTER_TERMS = 8;

function rootOf(parents: Map<string, string>, id: string): string {
  let root = id;
  for (let parent = parents.get(root); parent !== undefined && parent !== root; parent = parents.get(root)) root = parent;
  // Path compression keeps later look-ups short on long chains.
  for (let at = id; at !== root; ) {
    const next = parents.get(at) ?? root;
    parents.set(at, root);
    at = next;
  }
  return root;
}

/**
 * Groups pairs into clusters: likely-duplicate pairs are joined transitively (A≈B and B≈C is one piece
 * of work done three times). A related pair touching such a cluster attaches its other task to it as
 * 'related'; a related pair touching none stays a cluster of its own, the lower tier. Related pairs are
 * not joined to each other, since "somewhat like" chains through a whole backlog.
 * @example clusterPairs([{ taskIds: ['a', 'b'], decision: 'likely-duplicate', … }, { taskIds: ['b', 'c'], decision: 'likely-duplicate', … }]).length // 1, with members a, b, c
 */
export function clusterPairs(pairs: readonly DuplicatesReportPair[]): PairCluster[] {
  const parents = new Map<string, string>();
  const likely = pairs.filter((pair) => pair.decision === 'likely-duplicate');
  for (const { taskIds } of likely) {
    for (const id of taskIds) if (!parents.has(id)) parents.set(id, id);
    const [left, right] = taskIds.map((id) => rootOf(parents, id));
    if (left !== undefined && right !== undefined && left !== right) parents.set(left < right ? right : left, left < right ? left : right);
  }
  const byRoot = new Map<string, PairCluster>();
  const clusterOf = (id: string): PairCluster | undefined => {
    if (!parents.has(id)) return undefined;
    const root = rootOf(parents, id);
    let cluster = byRoot.get(root);
    if (cluster === undefined) {
      cluster = { tier: 'likely-duplicate', members: new Map(), pairs: [] };
      byRoot.set(root, cluster);
    }
    return cluster;
  };
  for (const pair of likely) {
    const cluster = clusterOf(pair.taskIds[0]);
    if (cluster === undefined) continue;
    for (const id of pair.taskIds) cluster.members.set(id, 'likely-duplicate');
    cluster.pairs.push(pair);
  }
  const related: PairCluster[] = [];
  for (const pair of pairs) {
    if (pair.decision !== 'related') continue;
    const [left, right] = pair.taskIds;
    const leftCluster = clusterOf(left);
    const rightCluster = clusterOf(right);
    if (leftCluster === undefined && rightCluster === undefined) {
      related.push({ tier: 'related', members: new Map([[left, 'related'], [right, 'related']]), pairs: [pair] });
      continue;
    }
    for (const [cluster, other] of [[leftCluster, right], [rightCluster, left]] as const) {
      if (cluster === undefined) continue;
      if (!cluster.members.has(other)) cluster.members.set(other, 'related');
      if (!cluster.pairs.includes(pair)) cluster.pairs.push(pair);
    }
  }
  return [...byRoot.values(), ...related];
}

/**
 * The words a cluster's pairs share, the ones most pairs share first, each once whatever its case.
 * @example clusterTerms([{ matchedTerms: ['Photographer', 'shoot'] }, { matchedTerms: ['photographer'] }]) // ['Photographer', 'shoot']
 */
export function clusterTerms(pairs: readonly Pick<DuplicatesReportPair, 'matchedTerms'>[]): string[] {
  const counts = new Map<string, { surface: string; count: number; first: number }>();
  let seen = 0;
  for (const pair of pairs) {
    for (const term of pair.matchedTerms) {
      const folded = term.toLocaleLowerCase();
      const entry = counts.get(folded);
      if (entry) entry.count += 1;
      else counts.set(folded, { surface: term, count: 1, first: seen++ });
    }
  }
  return [...counts.values()]
    .sort((left, right) => right.count - left.count || left.first - right.first)
    .slice(0, CLUSTER_TERMS)
    .map((entry) => entry.surface);
}
