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
import { FLAG_CALIBRATION, standOutForBudget } from '../src/core/duplicates/flag-calibration';
import { type DuplicateDataset, loadDuplicateDataset } from './lib/duplicate-dataset';
import { quantile, readFlags } from './lib/read-csv';

const RESULTS_PER_QUERY = 100;

interface Ranked {
  id: string;
  score: number;
  likely: boolean;
  /** Our engine's stand-out from the query's background (null for the baseline), to re-decide at other thresholds. */
  standOut: number | null;
  /** Whether the two titles name different websites, files or tickets (or are one template step), which caps our decision at related. */
  atMostRelated: boolean;
}

interface Ranker {
  /** Work done before an issue is asked about that is not the query itself (the engine's calibration, refreshed now and then). */
  prepare?(issue: DuplicateCandidate): void;
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
 * The engine measures a candidate's stand-out only where it can change the decision at the threshold in
 * force. The sweeps below re-decide at other thresholds, so the replay asks with the lowest one any of them
 * uses (below the calibration's floor, for the fixed thresholds), which measures every stand-out they need;
 * the reported figures re-decide with `decide` at the threshold the index had calibrated when the issue was
 * asked about, which gives exactly the engine's default decisions (a stand-out it would skip cannot reach
 * that threshold). Query times are therefore, if anything, slower than the defaults'.
 */
const FIXED_STAND_OUTS = [0.22, 0.24, 0.26, 0.28, 0.29, 0.3, 0.32, 0.34, 0.36, 0.4, 1];
const LOWEST_SWEPT_STAND_OUT = Math.min(FLAG_CALIBRATION.floor, ...FIXED_STAND_OUTS);

/** Per asked issue, the sampled tasks' flag statistics the index had calibrated on when it was asked (empty: uncalibrated). */
type CalibrationsAtAsking = Map<string, readonly number[]>;

function oursRanker(calibrations: CalibrationsAtAsking): Ranker {
  const index = new DuplicateIndex();
  return {
    prepare: (issue) => {
      calibrations.set(issue.id, index.flagCalibration().statistics);
    },
    add: (issue) => index.add(issue),
    rank: (issue) => {
      const likelyAtDefaults = likelyAt({ ...DEFAULT_THRESHOLDS, standOut: index.flagCalibration().standOut });
      return index
        .findDuplicates(
          { id: issue.id, title: issue.title, description: issue.description, projectId: issue.projectId },
          { topK: RESULTS_PER_QUERY, scope: { createdBefore: issue.createdAt }, maxMatchedTerms: 0, thresholds: { ...DEFAULT_THRESHOLDS, standOut: LOWEST_SWEPT_STAND_OUT } },
        )
        .map((match) => {
          const ranked = { id: match.id, score: match.score, likely: false, standOut: match.standOut, atMostRelated: match.namesOtherSubject || match.sameTemplateStep };
          return { ...ranked, likely: likelyAtDefaults(ranked) };
        });
    },
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
        .map((result) => ({ id: String(result.id), score: result.score, likely: false, standOut: null, atMostRelated: false })),
  };
}

interface Replay {
  rankings: Map<string, Ranked[]>;
  queryMs: number[];
  /** Time spent in `prepare`, outside the query times. */
  prepareMs: number;
}

/** Replays creation order: ask about each issue of interest, then add it. */
function replay(dataset: DuplicateDataset, ranker: Ranker): Replay {
  const asked = new Set([...dataset.queries.map((query) => query.queryId), ...dataset.uniqueProbeIds]);
  const rankings = new Map<string, Ranked[]>();
  const queryMs: number[] = [];
  let prepareMs = 0;
  for (const issue of dataset.issues) {
    if (asked.has(issue.id)) {
      const preparing = performance.now();
      ranker.prepare?.(issue);
      prepareMs += performance.now() - preparing;
      const started = performance.now();
      rankings.set(issue.id, ranker.rank(issue));
      queryMs.push(performance.now() - started);
    }
    ranker.add(issue);
  }
  return { rankings, queryMs, prepareMs };
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
  return (ranked) => decide(ranked.score, false, thresholds, ranked.standOut, ranked.atMostRelated) === 'likely-duplicate';
}

/** A decision that may depend on the issue asked about (a calibrated threshold changes as the index grows). */
type LikelyFor = (askedId: string) => (ranked: Ranked) => boolean;

/** Flag recall and false-alarm rate of a decision over a subset of the queries and probes. */
function flagRates(dataset: DuplicateDataset, run: Replay, likelyFor: LikelyFor): { recall: number; falseAlarms: number } {
  const flagged = dataset.queries.filter((query) => {
    const target = run.rankings.get(query.queryId)?.find((ranked) => ranked.id === query.targetId);
    return target !== undefined && likelyFor(query.queryId)(target);
  }).length;
  const alarms = dataset.uniqueProbeIds.filter((id) => (run.rankings.get(id) ?? []).some(likelyFor(id))).length;
  return { recall: flagged / Math.max(1, dataset.queries.length), falseAlarms: alarms / Math.max(1, dataset.uniqueProbeIds.length) };
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

/**
 * How the flag rates depend on the budget the index calibrates to (the engine's is FLAG_CALIBRATION.budget),
 * on interleaved and chronological halves, next to fixed stand-out thresholds for comparison.
 */
function decisionReport(dataset: DuplicateDataset, run: Replay, calibrations: CalibrationsAtAsking): string[] {
  const rates = (part: DuplicateDataset, likelyFor: LikelyFor): string => {
    const { recall, falseAlarms } = flagRates(part, run, likelyFor);
    return `flag recall ${recall.toFixed(3)} false alarms ${falseAlarms.toFixed(3)} (${part.queries.length} queries, ${part.uniqueProbeIds.length} probes)`;
  };
  const calibratedTo = (budget: number): LikelyFor => (askedId) => {
    const standOut = standOutForBudget(calibrations.get(askedId) ?? [], budget) ?? undefined;
    return likelyAt({ ...DEFAULT_THRESHOLDS, ...(standOut === undefined ? {} : { standOut }) });
  };
  const lastStatistics = [...calibrations.values()].at(-1) ?? [];
  const lines = [
    `decision: likely ${DEFAULT_THRESHOLDS.likelyDuplicate.toFixed(2)} related ${DEFAULT_THRESHOLDS.related.toFixed(2)}, stand-out calibrated to flag ≤ ${Math.round(FLAG_CALIBRATION.budget * 100)} % of sampled tasks (at the last issue asked: ${(standOutForBudget(lastStatistics) ?? Number.NaN).toFixed(2)} from ${lastStatistics.length} tasks)`,
  ];
  const [even, odd] = interleavedHalves(dataset);
  const [early, late] = chronologicalHalves(dataset);
  for (const budget of [0.06, 0.07, 0.08, 0.09, 0.1]) {
    const likelyFor = calibratedTo(budget);
    lines.push(`  calibrated to ${Math.round(budget * 100)} %${budget === FLAG_CALIBRATION.budget ? ' (default)' : ''}: ${rates(dataset, likelyFor)}`);
    lines.push(`    even-numbered ${rates(even, likelyFor)}; odd-numbered ${rates(odd, likelyFor)}`);
    lines.push(`    earlier half ${rates(early, likelyFor)}; later half ${rates(late, likelyFor)}`);
  }
  lines.push('fixed stand-out thresholds, for comparison:');
  for (const standOut of FIXED_STAND_OUTS) {
    const likely = likelyAt({ ...DEFAULT_THRESHOLDS, standOut });
    lines.push(`  stand-out ${standOut.toFixed(2)}${standOut === 1 ? ' (off)' : ''}: ${rates(dataset, () => likely)}`);
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

  const calibrations: CalibrationsAtAsking = new Map();
  const oursRun = replay(dataset, oursRanker(calibrations));
  const ours = metricsOf(dataset, oursRun, timeBuild(dataset, oursRanker(new Map())), (ranked) => ranked.likely);

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
    `ours: calibrating the stand-out threshold as the index grew took ${Math.round(oursRun.prepareMs)} ms in all (outside the query times)`,
    `ours: top score of probes p50 ${quantile(oursProbeScores, 0.5).toFixed(3)} p75 ${quantile(oursProbeScores, 0.75).toFixed(3)} p90 ${quantile(oursProbeScores, 0.9).toFixed(3)} p95 ${quantile(oursProbeScores, 0.95).toFixed(3)}`,
    ...[0.05, 0.1, 0.2].map((rate) => {
      const threshold = quantile(oursProbeScores, 1 - rate);
      const recall = targetScores.filter((score) => score >= threshold).length / targetScores.length;
      return `ours at ${rate * 100} % false alarms (threshold ${threshold.toFixed(3)}): flag recall ${recall.toFixed(3)}`;
    }),
    ...decisionReport(dataset, oursRun, calibrations),
    `ours: score of true duplicate p25 ${quantile(targetScores, 0.25).toFixed(3)} p50 ${quantile(targetScores, 0.5).toFixed(3)} p75 ${quantile(targetScores, 0.75).toFixed(3)}`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ queries: dataset.queries.length, ours, baseline })}\n`);
}

main();
