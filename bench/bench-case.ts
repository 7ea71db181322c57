import v8 from 'node:v8';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';

/** One line of the results table. `met` says whether `ours` meets `target`; rows without a target leave it out. */
export interface BenchRow {
  metric: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  met?: boolean;
}

/** A benchmark case: a file in bench/cases/ whose default export is one of these. */
export interface BenchCase {
  name: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
}

/**
 * A callable garbage collector without asking for `node --expose-gc`: `npm run bench` is plain `tsx`.
 * Setting the flag at run time makes V8 install `gc` in contexts created afterwards.
 */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export const collectGarbage = exposeGc();

/** Median of `runs` timed calls after `warmups` untimed ones, in milliseconds. */
export function medianMilliseconds(work: () => unknown, runs: number, warmups: number): number {
  for (let index = 0; index < warmups; index += 1) work();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    collectGarbage();
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

function usedHeap(): number {
  return v8.getHeapStatistics().used_heap_size;
}

/**
 * A full collection, repeated across a few turns of the event loop: a synchronous gc() alone can leave
 * megabytes of just-dead objects counted (held by handles of the running turn), which made "retained"
 * numbers swing by 10 MB between identical runs.
 */
async function settledHeap(): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return usedHeap();
}

/**
 * Heap of one call, measured from a settled heap. `peak` is the highest heap in use during the call:
 * V8's GC profiler reports the used size just before every collection it ran (the moments the heap is
 * fullest) and the end of the call is the last candidate. `retained` is what survives collection
 * while the result is still referenced. Typed arrays' backing stores are not heap and are not
 * counted; the capacity core keeps them to a few small ones per person.
 */
export async function settledHeapProfile(work: () => unknown): Promise<{ peak: number; retained: number }> {
  const before = await settledHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = work();
  const atEnd = usedHeap();
  const collections = profiler.stop()?.statistics ?? [];
  const peak = Math.max(atEnd, ...collections.map((collection) => collection.beforeGC.heapStatistics.usedHeapSize)) - before;
  const retained = (await settledHeap()) - before;
  // Keep the result reachable until `retained` is taken.
  if (result === Symbol.for('never')) console.log(result);
  return { peak, retained };
}

/**
 * The synchronous form of settledHeapProfile, for cases that cannot await: same peak, but its
 * `retained` comes from one synchronous collection and can over-count by several megabytes.
 */
export function heapProfile(work: () => unknown): { peak: number; retained: number } {
  collectGarbage();
  collectGarbage();
  const before = usedHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = work();
  const atEnd = usedHeap();
  const collections = profiler.stop()?.statistics ?? [];
  const peak = Math.max(atEnd, ...collections.map((collection) => collection.beforeGC.heapStatistics.usedHeapSize)) - before;
  collectGarbage();
  collectGarbage();
  const retained = usedHeap() - before;
  if (result === Symbol.for('never')) console.log(result);
  return { peak, retained };
}

export function formatMilliseconds(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** ours / baseline, e.g. "0.012×". */
export function formatRatio(ours: number, baseline: number): string {
  return baseline === 0 ? 'n/a' : `${(ours / baseline).toFixed(3)}×`;
}
