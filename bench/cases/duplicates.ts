import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { DuplicateIndex } from '../../src/core/duplicates/duplicate-index';
import { type BenchCase, type BenchRow, formatBytes, formatMilliseconds, formatRatio, heapProfile } from '../bench-case';
import { syntheticTaskText, syntheticTasks } from '../duplicates-data';
import { SeededRandom } from '../seeded-random';

const SIZE = { tasks: 100_000, queries: 300, seed: 20261123 };
const TARGET = { buildMs: 10_000, queryP50Ms: 5, memoryBytes: 500 * 1024 * 1024 };

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

function timeQueries(run: (query: { title: string; description: string }) => unknown, queries: ReadonlyArray<{ title: string; description: string }>): number[] {
  for (const query of queries.slice(0, 20)) run(query);
  return queries.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
}

/**
 * Duplicate detection at the size of a large marketing organisation: 100,000 tasks in three languages.
 * Builds our index and a MiniSearch (BM25) index over the same tasks, then times new-task queries.
 */
const duplicatesCase: BenchCase = {
  name: 'duplicates',
  run(): BenchRow[] {
    const { tasks, products } = syntheticTasks(SIZE.tasks, SIZE.seed);
    const random = new SeededRandom(SIZE.seed + 1);
    const queries = Array.from({ length: SIZE.queries }, () => syntheticTaskText(random, products));

    let ours = new DuplicateIndex();
    let oursBuildMs = 0;
    // Postings live in typed arrays, whose memory is outside the V8 heap that heapProfile reads.
    const offHeapBefore = process.memoryUsage().arrayBuffers;
    const oursMemory = heapProfile(() => {
      const started = performance.now();
      const index = new DuplicateIndex();
      for (const task of tasks) index.add(task);
      oursBuildMs = performance.now() - started;
      ours = index;
      return index;
    });
    const oursOffHeap = process.memoryUsage().arrayBuffers - offHeapBefore;
    // Made by the first query and again after every 5 % of change, so timed on its own rather than inside a query.
    const calibrationStarted = performance.now();
    const calibration = ours.flagCalibration();
    const calibrationMs = performance.now() - calibrationStarted;
    const oursTimes = timeQueries((query) => ours.findDuplicates(query, { topK: 10 }), queries);

    let baseline = new MiniSearch<{ id: string; title: string; description: string }>({ fields: ['title', 'description'] });
    let baselineBuildMs = 0;
    const baselineMemory = heapProfile(() => {
      const started = performance.now();
      const search = new MiniSearch<{ id: string; title: string; description: string }>({ fields: ['title', 'description'] });
      for (const task of tasks) search.add({ id: task.id, title: task.title, description: task.description });
      baselineBuildMs = performance.now() - started;
      baseline = search;
      return search;
    });
    const baselineTimes = timeQueries((query) => baseline.search(`${query.title} ${query.description}`).slice(0, 10), queries);

    const oursP50 = percentile(oursTimes, 0.5);
    const baselineP50 = percentile(baselineTimes, 0.5);
    const oursPeak = oursMemory.peak + oursOffHeap;
    const baselinePeak = baselineMemory.peak;
    return [
      { metric: `index build, ${SIZE.tasks} tasks`, ours: formatMilliseconds(oursBuildMs), baseline: formatMilliseconds(baselineBuildMs), ratio: formatRatio(oursBuildMs, baselineBuildMs), target: '< 10 s', met: oursBuildMs < TARGET.buildMs },
      { metric: `stand-out calibration, ${calibration.statistics.length} sampled tasks (→ ${calibration.standOut.toFixed(2)})`, ours: formatMilliseconds(calibrationMs), baseline: 'none', ratio: '', target: '' },
      { metric: 'query p50', ours: formatMilliseconds(oursP50), baseline: formatMilliseconds(baselineP50), ratio: formatRatio(oursP50, baselineP50), target: '< 5 ms', met: oursP50 < TARGET.queryP50Ms },
      { metric: 'query p95', ours: formatMilliseconds(percentile(oursTimes, 0.95)), baseline: formatMilliseconds(percentile(baselineTimes, 0.95)), ratio: formatRatio(percentile(oursTimes, 0.95), percentile(baselineTimes, 0.95)), target: '' },
      { metric: 'index memory (peak, incl. typed arrays)', ours: formatBytes(oursPeak), baseline: formatBytes(baselinePeak), ratio: formatRatio(oursPeak, baselinePeak), target: '< 500 MB', met: oursPeak < TARGET.memoryBytes },
      { metric: 'index memory (retained)', ours: formatBytes(oursMemory.retained + oursOffHeap), baseline: formatBytes(baselineMemory.retained), ratio: formatRatio(oursMemory.retained + oursOffHeap, baselineMemory.retained), target: '' },
    ];
  },
};

export default duplicatesCase;
