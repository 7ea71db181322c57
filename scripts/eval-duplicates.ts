/**
 * Measures the duplicate engine on labelled issue data, next to a plain BM25 baseline (MiniSearch with
 * default settings over title + description), replaying creation order: each issue is asked about
 * before it is added, so every query sees exactly the issues created before it.
 *
 *   npm run --silent eval:duplicates -- --issues ISSUES.csv --pairs PAIRS.csv
 *
 * Prints a small table on stderr and one JSON object as the last line of stdout.
 */
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import type { DuplicateCandidate } from '../src/core/duplicates/candidate';
import { DEFAULT_THRESHOLDS, type DuplicateThresholds, decide } from '../src/core/duplicates/decision';
import { DuplicateIndex } from '../src/core/duplicates/duplicate-index';
import { type DuplicateDataset, loadDuplicateDataset } from './lib/duplicate-dataset';
import { quantile, readFlags } from './lib/read-csv';

const RESULTS_PER_QUERY = 100;

interface Ranked {
  id: string;
  score: number;
  likely: boolean;
  /** Our engine's stand-out from the query's background (null for the baseline), to re-decide at other thresholds. */
  standOut: number | null;
  /** Whether the two titles name different websites, files or tickets, which caps our decision at related. */
  namesOtherSubject: boolean;
}

interface Ranker {
  add(issue: DuplicateCandidate): void;
  rank(issue: DuplicateCandidate): Ranked[];
}

interface Metrics {
  'recall@1': number;
  'recall@5': number;
  'recall@10': number;
  mrr: number;
  flag_recall: number;
  false_alarm_rate: number;
  index_ms: number;
  query_ms_p50: number;
  query_ms_p95: number;
}

/**
 * The engine measures a candidate's stand-out only where it can change the decision at the thresholds it
 * is given. The sweeps below re-decide at lower stand-out thresholds, so the replay asks with this one,
 * which measures every stand-out they need; the reported figures re-decide at the engine's defaults with
 * `decide`, which gives exactly the engine's default decisions (a stand-out it would skip cannot reach
 * the default threshold). Query times are therefore, if anything, slower than the defaults'.
 */
const LOWEST_SWEPT_STAND_OUT = 0.2;

function oursRanker(): Ranker {
  const index = new DuplicateIndex();
  const likelyAtDefaults = likelyAt(DEFAULT_THRESHOLDS);
  return {
    add: (issue) => index.add(issue),
    rank: (issue) =>
      index
        .findDuplicates(
          { id: issue.id, title: issue.title, description: issue.description, projectId: issue.projectId },
          { topK: RESULTS_PER_QUERY, scope: { createdBefore: issue.createdAt }, maxMatchedTerms: 0, thresholds: { ...DEFAULT_THRESHOLDS, standOut: LOWEST_SWEPT_STAND_OUT } },
        )
        .map((match) => {
          const ranked = { id: match.id, score: match.score, likely: false, standOut: match.standOut, namesOtherSubject: match.namesOtherSubject };
          return { ...ranked, likely: likelyAtDefaults(ranked) };
        }),
  };
}

function baselineSearch(): MiniSearch<{ id: string; title: string; description: string }> {
  return new MiniSearch({ fields: ['title', 'description'] });
}

function baselineRanker(): Ranker {
  const search = baselineSearch();
  return {
    add: (issue) => search.add({ id: issue.id, title: issue.title, description: issue.description }),
    rank: (issue) =>
      search
        .search(`${issue.title} ${issue.description}`)
        .slice(0, RESULTS_PER_QUERY)
        .map((result) => ({ id: String(result.id), score: result.score, likely: false, standOut: null, namesOtherSubject: false })),
  };
}

interface Replay {
  rankings: Map<string, Ranked[]>;
  queryMs: number[];
}

/** Replays creation order: ask about each issue of interest, then add it. */
function replay(dataset: DuplicateDataset, ranker: Ranker): Replay {
  const asked = new Set([...dataset.queries.map((query) => query.queryId), ...dataset.uniqueProbeIds]);
  const rankings = new Map<string, Ranked[]>();
  const queryMs: number[] = [];
  for (const issue of dataset.issues) {
    if (asked.has(issue.id)) {
      const started = performance.now();
      rankings.set(issue.id, ranker.rank(issue));
      queryMs.push(performance.now() - started);
    }
    ranker.add(issue);
  }
  return { rankings, queryMs };
}

function timeBuild(dataset: DuplicateDataset, ranker: Ranker): number {
  const started = performance.now();
  for (const issue of dataset.issues) ranker.add(issue);
  return performance.now() - started;
}

function metricsOf(dataset: DuplicateDataset, run: Replay, indexMs: number, likely: (ranked: Ranked) => boolean): Metrics {
  let hits1 = 0;
  let hits5 = 0;
  let hits10 = 0;
  let reciprocal = 0;
  let flagged = 0;
  for (const query of dataset.queries) {
    const ranking = run.rankings.get(query.queryId) ?? [];
    const position = ranking.findIndex((ranked) => ranked.id === query.targetId);
    if (position < 0) continue;
    if (position < 1) hits1 += 1;
    if (position < 5) hits5 += 1;
    if (position < 10) hits10 += 1;
    reciprocal += 1 / (position + 1);
    const target = ranking[position];
    if (target !== undefined && likely(target)) flagged += 1;
  }
  const alarms = dataset.uniqueProbeIds.filter((id) => (run.rankings.get(id) ?? []).some(likely)).length;
  const count = dataset.queries.length;
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return {
    'recall@1': round(hits1 / count),
    'recall@5': round(hits5 / count),
    'recall@10': round(hits10 / count),
    mrr: round(reciprocal / count),
    flag_recall: round(flagged / count),
    false_alarm_rate: round(alarms / Math.max(1, dataset.uniqueProbeIds.length)),
    index_ms: Math.round(indexMs),
    query_ms_p50: round(quantile(run.queryMs, 0.5)),
    query_ms_p95: round(quantile(run.queryMs, 0.95)),
  };
}

/** Top score each false-alarm probe reaches: the null distribution that thresholds are set against. */
function probeTopScores(dataset: DuplicateDataset, run: Replay): number[] {
  return dataset.uniqueProbeIds.map((id) => run.rankings.get(id)?.[0]?.score ?? 0);
}

/** Whether our engine would call a candidate a likely duplicate under other thresholds. */
function likelyAt(thresholds: DuplicateThresholds): (ranked: Ranked) => boolean {
  return (ranked) => decide(ranked.score, false, thresholds, ranked.standOut, ranked.namesOtherSubject) === 'likely-duplicate';
}

/** Flag recall and false-alarm rate of a decision over a subset of the queries and probes. */
function flagRates(dataset: DuplicateDataset, run: Replay, likely: (ranked: Ranked) => boolean): { recall: number; falseAlarms: number } {
  const flagged = dataset.queries.filter((query) => {
    const target = run.rankings.get(query.queryId)?.find((ranked) => ranked.id === query.targetId);
    return target !== undefined && likely(target);
  }).length;
  const alarms = dataset.uniqueProbeIds.filter((id) => (run.rankings.get(id) ?? []).some(likely)).length;
  return { recall: flagged / Math.max(1, dataset.queries.length), falseAlarms: alarms / Math.max(1, dataset.uniqueProbeIds.length) };
}

const roundUp = (value: number, step: number): number => Math.round(Math.ceil(value / step - 1e-9) * step * 100) / 100;

/**
 * The rule that set the engine's defaults, using only the issues with no duplicate: `likelyDuplicate`
 * and `related` at the 95th and 75th percentiles of their best score (rounded up to 0.05), `standOut`
 * the smallest multiple of 0.01 that keeps at most `budget` of them flagged.
 */
function thresholdsByRule(dataset: DuplicateDataset, run: Replay, budget: number): DuplicateThresholds {
  const tops = probeTopScores(dataset, run);
  const likelyDuplicate = roundUp(quantile(tops, 0.95), 0.05);
  const related = Math.min(likelyDuplicate, roundUp(quantile(tops, 0.75), 0.05));
  for (let hundredths = LOWEST_SWEPT_STAND_OUT * 100; hundredths <= 100; hundredths += 1) {
    const thresholds = { likelyDuplicate, related, standOut: hundredths / 100 };
    if (flagRates(dataset, run, likelyAt(thresholds)).falseAlarms <= budget) return thresholds;
  }
  return { likelyDuplicate, related, standOut: 1 };
}

/** The queries and probes whose issue was created in the earlier or the later half of the replay. */
function chronologicalHalves(dataset: DuplicateDataset): [DuplicateDataset, DuplicateDataset] {
  const order = new Map(dataset.issues.map((issue, position) => [issue.id, position]));
  const asked = [...dataset.queries.map((query) => query.queryId), ...dataset.uniqueProbeIds].sort((left, right) => (order.get(left) ?? 0) - (order.get(right) ?? 0));
  const middle = order.get(asked[Math.floor(asked.length / 2)] ?? '') ?? 0;
  const half = (early: boolean): DuplicateDataset => ({
    issues: dataset.issues,
    queries: dataset.queries.filter((query) => ((order.get(query.queryId) ?? 0) < middle) === early),
    uniqueProbeIds: dataset.uniqueProbeIds.filter((id) => ((order.get(id) ?? 0) < middle) === early),
  });
  return [half(true), half(false)];
}

/** The queries and probes at even or odd positions: two interleaved halves with the same mix of periods. */
function interleavedHalves(dataset: DuplicateDataset): [DuplicateDataset, DuplicateDataset] {
  const half = (parity: number): DuplicateDataset => ({
    issues: dataset.issues,
    queries: dataset.queries.filter((_, position) => position % 2 === parity),
    uniqueProbeIds: dataset.uniqueProbeIds.filter((_, position) => position % 2 === parity),
  });
  return [half(0), half(1)];
}

/** How the flag rates depend on the thresholds, and whether the rule chosen on one half holds on the other. */
function decisionReport(dataset: DuplicateDataset, run: Replay): string[] {
  const describe = (thresholds: DuplicateThresholds): string =>
    `likely ${thresholds.likelyDuplicate.toFixed(2)} related ${thresholds.related.toFixed(2)} stand-out ${(thresholds.standOut ?? Number.NaN).toFixed(2)}`;
  const rates = (part: DuplicateDataset, thresholds: DuplicateThresholds): string => {
    const { recall, falseAlarms } = flagRates(part, run, likelyAt(thresholds));
    return `flag recall ${recall.toFixed(3)} false alarms ${falseAlarms.toFixed(3)} (${part.queries.length} queries, ${part.uniqueProbeIds.length} probes)`;
  };
  const lines = [`decision: defaults ${describe(DEFAULT_THRESHOLDS)}`];
  for (const standOut of [0.22, 0.24, 0.26, 0.28, 0.29, 0.3, 0.31, 0.32, 0.34, 0.36, 0.4, 1]) {
    const thresholds = { ...DEFAULT_THRESHOLDS, standOut };
    lines.push(`  stand-out ${standOut.toFixed(2)}${standOut === 1 ? ' (off)' : ''}: ${rates(dataset, thresholds)}`);
  }
  const [even, odd] = interleavedHalves(dataset);
  for (const budget of [0.08, 0.1]) {
    const onEven = thresholdsByRule(even, run, budget);
    const onOdd = thresholdsByRule(odd, run, budget);
    lines.push(`decision rule, ≤ ${budget * 100} % flagged, chosen on even-numbered queries and probes ${describe(onEven)}: odd ${rates(odd, onEven)}`);
    lines.push(`  chosen on odd-numbered ${describe(onOdd)}: even ${rates(even, onOdd)}`);
  }
  const [early, late] = chronologicalHalves(dataset);
  for (const budget of [0.06, 0.08, 0.1]) {
    const onAll = thresholdsByRule(dataset, run, budget);
    const onEarly = thresholdsByRule(early, run, budget);
    lines.push(`decision rule, ≤ ${budget * 100} % of unique issues flagged: on all data ${describe(onAll)}: ${rates(dataset, onAll)}`);
    lines.push(`  chosen on the earlier half ${describe(onEarly)}: earlier ${rates(early, onEarly)}; later ${rates(late, onEarly)}`);
    // For comparison: one absolute score threshold, the same budget, no stand-out.
    const scoreOnly = (part: DuplicateDataset): DuplicateThresholds => {
      const likelyDuplicate = quantile(probeTopScores(part, run), 1 - budget);
      return { likelyDuplicate, related: Math.min(likelyDuplicate, DEFAULT_THRESHOLDS.related), standOut: 1 };
    };
    const scoreOnlyEarly = scoreOnly(early);
    lines.push(`  score alone chosen on the earlier half (likely ${scoreOnlyEarly.likelyDuplicate.toFixed(3)}): earlier ${rates(early, scoreOnlyEarly)}; later ${rates(late, scoreOnlyEarly)}`);
  }
  return lines;
}

function main(): void {
  const flags = readFlags(process.argv.slice(2));
  if (flags.issues === undefined || flags.pairs === undefined) {
    process.stderr.write('usage: npm run --silent eval:duplicates -- --issues ISSUES.csv --pairs PAIRS.csv\n');
    process.exit(2);
  }
  const dataset = loadDuplicateDataset(flags.issues, flags.pairs);
  if (dataset.queries.length === 0) throw new Error(`No pair in ${flags.pairs} has both issues in ${flags.issues}`);

  const oursRun = replay(dataset, oursRanker());
  const ours = metricsOf(dataset, oursRun, timeBuild(dataset, oursRanker()), (ranked) => ranked.likely);

  // BM25 scores have no fixed scale, so the baseline gets a threshold by the rule that set the engine's
  // defaults (95th percentile of the top scores of issues with no duplicate), applied on this very data.
  const baselineRun = replay(dataset, baselineRanker());
  const baselineThreshold = quantile(probeTopScores(dataset, baselineRun), 0.95);
  const baseline = metricsOf(dataset, baselineRun, timeBuild(dataset, baselineRanker()), (ranked) => ranked.score >= baselineThreshold);

  const oursProbeScores = probeTopScores(dataset, oursRun);
  const targetScores = dataset.queries.map(
    (query) => oursRun.rankings.get(query.queryId)?.find((ranked) => ranked.id === query.targetId)?.score ?? 0,
  );
  const lines = [
    `issues ${dataset.issues.length}, queries ${dataset.queries.length}, false-alarm probes ${dataset.uniqueProbeIds.length}`,
    `metric            ours      baseline`,
    ...(Object.keys(ours) as Array<keyof Metrics>).map((key) => `${key.padEnd(17)} ${String(ours[key]).padEnd(9)} ${String(baseline[key])}`),
    `baseline likely-duplicate threshold (in-sample): ${baselineThreshold.toFixed(2)}`,
    `ours: top score of probes p50 ${quantile(oursProbeScores, 0.5).toFixed(3)} p75 ${quantile(oursProbeScores, 0.75).toFixed(3)} p90 ${quantile(oursProbeScores, 0.9).toFixed(3)} p95 ${quantile(oursProbeScores, 0.95).toFixed(3)}`,
    ...[0.05, 0.1, 0.2].map((rate) => {
      const threshold = quantile(oursProbeScores, 1 - rate);
      const recall = targetScores.filter((score) => score >= threshold).length / targetScores.length;
      return `ours at ${rate * 100} % false alarms (threshold ${threshold.toFixed(3)}): flag recall ${recall.toFixed(3)}`;
    }),
    ...decisionReport(dataset, oursRun),
    `ours: score of true duplicate p25 ${quantile(targetScores, 0.25).toFixed(3)} p50 ${quantile(targetScores, 0.5).toFixed(3)} p75 ${quantile(targetScores, 0.75).toFixed(3)}`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ queries: dataset.queries.length, ours, baseline })}\n`);
}

main();
