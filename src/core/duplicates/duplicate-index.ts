import { z } from 'zod';
import { type AnalysedText, analyseText } from './analyse';
import { DuplicateCandidate, type DuplicateCandidateInput } from './candidate';
import { DEFAULT_THRESHOLDS, type DuplicateDecision, DuplicateThresholds, decide, standOutOf } from './decision';
import { PostingList } from './posting-list';
import { combineScores, countWeight, inverseDocumentFrequency, SCORING_MODEL, termWeight } from './scoring-model';
import { DuplicateScope, type ScopedTask, scopePredicate } from './scope';

/** A task as the index keeps it: no text, only what scoring and scope filters read. */
export interface IndexedTask extends ScopedTask {
  statusCategory: DuplicateCandidate['statusCategory'];
  createdAt: string;
  closedAt: string | undefined;
  termIds: Int32Array;
  titleCounts: Uint16Array;
  bodyCounts: Uint16Array;
  trigramIds: Int32Array;
  trigramCounts: Uint16Array;
  assets: readonly string[];
}

/** What a query is about: a task being created (no id yet) or an existing one. */
export const DuplicateQuery = z.object({
  id: z.string().min(1).optional(),
  title: z.string(),
  description: z.string().default(''),
  projectId: z.string().min(1).optional(),
  teamId: z.string().min(1).optional(),
});
export type DuplicateQuery = z.input<typeof DuplicateQuery>;

export const FindDuplicatesOptions = z.object({
  topK: z.number().int().positive().max(1000).default(10),
  scope: DuplicateScope.default({ excludeTaskIds: [], sameProject: 'include', sameTeam: 'include' }),
  thresholds: DuplicateThresholds.default(DEFAULT_THRESHOLDS),
  /** How many of the terms both tasks share to return as the "why". */
  maxMatchedTerms: z.number().int().nonnegative().default(8),
});
export type FindDuplicatesOptions = z.input<typeof FindDuplicatesOptions>;

/** One candidate for a query, with the reasons a person can check. */
export interface DuplicateMatch {
  id: string;
  score: number;
  decision: DuplicateDecision | null;
  /**
   * How far the score stands above the median of the query's next best candidates (see `standOutOf`);
   * null when the query had too few candidates to tell.
   */
  standOut: number | null;
  /** Shared words as the query's author wrote them, most telling first. */
  matchedTerms: string[];
  /** Asset references both tasks point at (normalised URLs, "stock:library:id"). */
  sharedAssets: string[];
  components: { text: number; title: number; trigrams: number };
}

/** A growable vocabulary: string ↔ dense id, with the number of tasks that use each entry. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  frequencies = new Int32Array(1024);

  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(value, id);
      this.strings.push(value);
      if (id >= this.frequencies.length) {
        const grown = new Int32Array(this.frequencies.length * 2);
        grown.set(this.frequencies);
        this.frequencies = grown;
      }
    }
    return id;
  }

  frequencyOf(value: string): number {
    const id = this.ids.get(value);
    return id === undefined ? 0 : (this.frequencies[id] ?? 0);
  }
}

/** Min-heap of (score, slot) that keeps the best `capacity` slots of the fast pass. */
class BestSlots {
  private readonly scores: number[] = [];
  private readonly slots: number[] = [];

  constructor(
    private readonly capacity: number,
    private readonly idOf: (slot: number) => string,
  ) {}

  /** Orders by score, then by id, so that the pool never depends on slot numbering (incremental vs rebuilt). */
  private worse(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    if (scoreA !== scoreB) return scoreA < scoreB;
    return this.idOf(slotA) > this.idOf(slotB);
  }

  offer(score: number, slot: number): void {
    if (this.scores.length < this.capacity) {
      this.scores.push(score);
      this.slots.push(slot);
      this.siftUp(this.scores.length - 1);
      return;
    }
    if (!this.worse(this.scores[0] ?? 0, this.slots[0] ?? 0, score, slot)) return;
    this.scores[0] = score;
    this.slots[0] = slot;
    this.siftDown(0);
  }

  contents(): number[] {
    return [...this.slots];
  }

  private siftUp(start: number): void {
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(this.scores[at] ?? 0, this.slots[at] ?? 0, this.scores[parent] ?? 0, this.slots[parent] ?? 0)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private siftDown(start: number): void {
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < this.scores.length && this.worse(this.scores[left] ?? 0, this.slots[left] ?? 0, this.scores[smallest] ?? 0, this.slots[smallest] ?? 0)) smallest = left;
      if (right < this.scores.length && this.worse(this.scores[right] ?? 0, this.slots[right] ?? 0, this.scores[smallest] ?? 0, this.slots[smallest] ?? 0)) smallest = right;
      if (smallest === at) return;
      this.swap(at, smallest);
      at = smallest;
    }
  }

  private swap(left: number, right: number): void {
    const score = this.scores[left] ?? 0;
    this.scores[left] = this.scores[right] ?? 0;
    this.scores[right] = score;
    const slot = this.slots[left] ?? 0;
    this.slots[left] = this.slots[right] ?? 0;
    this.slots[right] = slot;
  }
}

/**
 * The duplicate index of one organisation: tasks can be added, updated and removed one at a time, and
 * a query returns the most similar tasks with a score in [0,1], the shared words and shared assets.
 *
 * Queries run in two passes: a fast pass over the postings of the query's terms ranks every task that
 * shares a word by a length-normalised TF-IDF dot product, then the best `rerankPool` of them (plus any
 * task sharing an asset) are scored exactly with the cosine mixture of `scoring-model.ts`.
 *
 * @example
 * const index = new DuplicateIndex();
 * index.add({ id: '1', title: 'Book photographer for Q1 product shoot', projectId: 'BRAND', statusCategory: 'todo', createdAt: '2026-01-05T09:00:00Z' });
 * index.findDuplicates({ title: 'Hire a photographer for the January product photoshoot' })[0]?.id // '1'
 */
export class DuplicateIndex {
  private readonly terms = new Vocabulary();
  private readonly trigrams = new Vocabulary();
  private readonly postings: PostingList[] = [];
  private readonly tasks: Array<IndexedTask | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly slotsByAsset = new Map<string, Set<number>>();
  private pseudoNorms = new Float64Array(1024);
  private accumulator = new Float64Array(1024);

  /** Number of tasks in the index. */
  get size(): number {
    return this.slotById.size;
  }

  /** Whether a task id is indexed. */
  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** The indexed tasks in slot order (used by serialisation). */
  indexedTasks(): IndexedTask[] {
    return this.tasks.filter((task): task is IndexedTask => task !== undefined);
  }

  /** Term and trigram strings by id (used by serialisation). */
  vocabularies(): { terms: readonly string[]; trigrams: readonly string[] } {
    return { terms: this.terms.strings, trigrams: this.trigrams.strings };
  }

  /**
   * Adds a task, or replaces it when its id is already indexed.
   *
   * @example
   * index.add({ id: '2', title: 'Сделать баннер для вебинара', projectId: 'RU', statusCategory: 'todo', createdAt: '2026-01-06T09:00:00Z' });
   */
  add(input: DuplicateCandidateInput): void {
    const candidate = DuplicateCandidate.parse(input);
    this.addAnalysed(candidate, analyseText(candidate.title, candidate.description));
  }

  /** Same as `add`: an update is a replacement. */
  update(input: DuplicateCandidateInput): void {
    this.add(input);
  }

  /**
   * Adds a task that was analysed already (by `analyseText`, or by a loader with stored term counts).
   */
  addAnalysed(candidate: DuplicateCandidate, analysed: AnalysedText): void {
    this.remove(candidate.id);
    const termIds = new Int32Array(analysed.terms.length);
    const titleCounts = new Uint16Array(analysed.terms.length);
    const bodyCounts = new Uint16Array(analysed.terms.length);
    analysed.terms.forEach((count, position) => {
      termIds[position] = this.terms.idOf(count.term);
      titleCounts[position] = Math.min(count.title, 65535);
      bodyCounts[position] = Math.min(count.body, 65535);
    });
    const trigramEntries = [...analysed.titleTrigrams.entries()];
    const trigramIds = new Int32Array(trigramEntries.length);
    const trigramCounts = new Uint16Array(trigramEntries.length);
    trigramEntries.forEach(([gram, count], position) => {
      trigramIds[position] = this.trigrams.idOf(gram);
      trigramCounts[position] = Math.min(count, 65535);
    });
    this.insert({
      id: candidate.id,
      projectId: candidate.projectId,
      teamId: candidate.teamId,
      statusCategory: candidate.statusCategory,
      createdAt: candidate.createdAt,
      closedAt: candidate.closedAt,
      createdAtMs: Date.parse(candidate.createdAt),
      closedAtMs: candidate.closedAt === undefined ? Number.NaN : Date.parse(candidate.closedAt),
      termIds,
      titleCounts,
      bodyCounts,
      trigramIds,
      trigramCounts,
      assets: analysed.assets,
    });
  }

  private insert(task: IndexedTask): void {
    const slot = this.freeSlots.pop() ?? this.tasks.length;
    this.tasks[slot] = task;
    this.slotById.set(task.id, slot);
    if (slot >= this.pseudoNorms.length) {
      const grownNorms = new Float64Array(Math.max(slot + 1, this.pseudoNorms.length * 2));
      grownNorms.set(this.pseudoNorms);
      this.pseudoNorms = grownNorms;
      this.accumulator = new Float64Array(grownNorms.length);
    }
    let squares = 0;
    task.termIds.forEach((termId, position) => {
      const weight = termWeight(task.titleCounts[position] ?? 0, task.bodyCounts[position] ?? 0);
      squares += weight * weight;
      let list = this.postings[termId];
      if (list === undefined) {
        list = new PostingList();
        this.postings[termId] = list;
      }
      list.add(slot, weight);
      this.terms.frequencies[termId] = (this.terms.frequencies[termId] ?? 0) + 1;
    });
    this.pseudoNorms[slot] = Math.sqrt(squares);
    for (const gramId of task.trigramIds) this.trigrams.frequencies[gramId] = (this.trigrams.frequencies[gramId] ?? 0) + 1;
    for (const asset of task.assets) {
      let slots = this.slotsByAsset.get(asset);
      if (slots === undefined) {
        slots = new Set();
        this.slotsByAsset.set(asset, slots);
      }
      slots.add(slot);
    }
  }

  /**
   * Removes a task; returns whether it was indexed.
   *
   * @example
   * index.remove('2') // true
   */
  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const task = this.tasks[slot];
    if (task === undefined) return false;
    for (const termId of task.termIds) {
      this.postings[termId]?.remove(slot);
      this.terms.frequencies[termId] = (this.terms.frequencies[termId] ?? 0) - 1;
    }
    for (const gramId of task.trigramIds) this.trigrams.frequencies[gramId] = (this.trigrams.frequencies[gramId] ?? 0) - 1;
    for (const asset of task.assets) {
      const slots = this.slotsByAsset.get(asset);
      slots?.delete(slot);
      if (slots?.size === 0) this.slotsByAsset.delete(asset);
    }
    this.tasks[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    return true;
  }

  /**
   * The indexed tasks most similar to `query`, best first, within the scope.
   *
   * @example
   * index.findDuplicates(
   *   { title: 'Zdjęcia produktowe do kampanii', projectId: 'PL' },
   *   { topK: 5, scope: { sameProject: 'exclude', closedWithinDays: 180, asOf: '2026-02-01T00:00:00Z' } },
   * );
   */
  findDuplicates(queryInput: DuplicateQuery, optionsInput: FindDuplicatesOptions = {}): DuplicateMatch[] {
    const query = DuplicateQuery.parse(queryInput);
    const options = FindDuplicatesOptions.parse(optionsInput);
    const inScope = scopePredicate(options.scope, query);
    const analysed = analyseText(query.title, query.description);
    const documentCount = this.size;
    const idf = (frequency: number): number => inverseDocumentFrequency(frequency, documentCount);

    // Query vectors, keyed by vocabulary id; words the index has never seen still count in the norms.
    const queryText = new Map<number, number>();
    const queryTitle = new Map<number, number>();
    const surfaceOf = new Map<number, string>();
    let textNormSquares = 0;
    let titleNormSquares = 0;
    for (const count of analysed.terms) {
      const termId = this.terms.ids.get(count.term);
      const frequency = termId === undefined ? 0 : (this.terms.frequencies[termId] ?? 0);
      const weight = termWeight(count.title, count.body) * idf(frequency);
      textNormSquares += weight * weight;
      const titleWeight = countWeight(count.title) * idf(frequency);
      titleNormSquares += titleWeight * titleWeight;
      if (termId === undefined || frequency === 0) continue;
      queryText.set(termId, weight);
      if (count.title > 0) queryTitle.set(termId, titleWeight);
      surfaceOf.set(termId, count.surface);
    }
    const queryTrigrams = new Map<number, number>();
    let trigramNormSquares = 0;
    for (const [gram, count] of analysed.titleTrigrams) {
      const frequency = this.trigrams.frequencyOf(gram);
      const weight = countWeight(count) * idf(frequency);
      trigramNormSquares += weight * weight;
      const gramId = this.trigrams.ids.get(gram);
      if (gramId !== undefined && frequency > 0) queryTrigrams.set(gramId, weight);
    }
    const textNorm = Math.sqrt(textNormSquares);
    const titleNorm = Math.sqrt(titleNormSquares);
    const trigramNorm = Math.sqrt(trigramNormSquares);

    // Fast pass: accumulate idf-weighted dot products over the postings of the query's terms, rarest
    // first. Terms in more than COMMON_TERM_SHARE of tasks only add to candidates the rarer terms
    // nominated (they still count fully in the exact pass), unless those were too few to fill the pool.
    const accumulator = this.accumulator;
    const touched: number[] = [];
    const poolSize = Math.max(SCORING_MODEL.rerankPool, options.topK);
    const commonFrequency = Math.max(poolSize, documentCount * SCORING_MODEL.commonTermShare);
    const byRarity = [...queryText.entries()].sort(
      (left, right) => (this.terms.frequencies[left[0]] ?? 0) - (this.terms.frequencies[right[0]] ?? 0) || left[0] - right[0],
    );
    for (const [termId, queryWeight] of byRarity) {
      const list = this.postings[termId];
      if (list === undefined) continue;
      const onlyKnown = list.length > commonFrequency && touched.length >= poolSize;
      const factor = queryWeight * idf(this.terms.frequencies[termId] ?? 0);
      const { slots, weights, length } = list;
      for (let at = 0; at < length; at += 1) {
        const slot = slots[at] ?? 0;
        if (accumulator[slot] === 0) {
          if (onlyKnown) continue;
          touched.push(slot);
        }
        accumulator[slot] = (accumulator[slot] ?? 0) + factor * (weights[at] ?? 0);
      }
    }
    const idOfSlot = (slot: number): string => this.tasks[slot]?.id ?? '';
    const pool = new BestSlots(poolSize, idOfSlot);
    for (const slot of touched) {
      const task = this.tasks[slot];
      if (task === undefined || !inScope(task)) continue;
      pool.offer((accumulator[slot] ?? 0) / (this.pseudoNorms[slot] || 1), slot);
    }
    const candidates = new Set(pool.contents());
    const sharedAssetsBySlot = new Map<number, string[]>();
    for (const asset of analysed.assets) {
      for (const slot of this.slotsByAsset.get(asset) ?? []) {
        const task = this.tasks[slot];
        if (task === undefined || !inScope(task)) continue;
        candidates.add(slot);
        sharedAssetsBySlot.set(slot, [...(sharedAssetsBySlot.get(slot) ?? []), asset]);
      }
    }

    // Exact pass: the cosine mixture for the pool.
    const matches: DuplicateMatch[] = [];
    for (const slot of candidates) {
      const task = this.tasks[slot];
      if (task === undefined) continue;
      let textSquares = 0;
      let titleSquares = 0;
      let titleDot = 0;
      const shared: Array<{ termId: number; contribution: number }> = [];
      task.termIds.forEach((termId, position) => {
        const termIdf = idf(this.terms.frequencies[termId] ?? 0);
        const titleCount = task.titleCounts[position] ?? 0;
        const weight = termWeight(titleCount, task.bodyCounts[position] ?? 0) * termIdf;
        textSquares += weight * weight;
        const titleWeight = countWeight(titleCount) * termIdf;
        titleSquares += titleWeight * titleWeight;
        const queryWeight = queryText.get(termId);
        if (queryWeight !== undefined) shared.push({ termId, contribution: queryWeight * weight });
        const queryTitleWeight = queryTitle.get(termId);
        if (queryTitleWeight !== undefined) titleDot += queryTitleWeight * titleWeight;
      });
      let trigramSquares = 0;
      let trigramDot = 0;
      task.trigramIds.forEach((gramId, position) => {
        const weight = countWeight(task.trigramCounts[position] ?? 0) * idf(this.trigrams.frequencies[gramId] ?? 0);
        trigramSquares += weight * weight;
        trigramDot += (queryTrigrams.get(gramId) ?? 0) * weight;
      });
      const textDot = shared.reduce((sum, entry) => sum + entry.contribution, 0);
      const components = {
        text: cosine(textDot, textNorm, Math.sqrt(textSquares)),
        title: cosine(titleDot, titleNorm, Math.sqrt(titleSquares)),
        trigrams: cosine(trigramDot, trigramNorm, Math.sqrt(trigramSquares)),
      };
      const score = combineScores(components);
      const sharedAssets = sharedAssetsBySlot.get(slot) ?? [];
      matches.push({
        id: task.id,
        score,
        decision: null,
        standOut: null,
        matchedTerms: shared
          .sort((left, right) => right.contribution - left.contribution)
          .slice(0, options.maxMatchedTerms)
          .map((entry) => surfaceOf.get(entry.termId) ?? this.terms.strings[entry.termId] ?? ''),
        sharedAssets,
        components,
      });
    }
    for (const slot of touched) accumulator[slot] = 0;

    matches.sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    // Decided once the whole pool is scored: whether a candidate stands out depends on the others.
    const scores = matches.map((match) => match.score);
    matches.forEach((match, position) => {
      match.standOut = standOutOf(match.score, scores, position);
      match.decision = decide(match.score, match.sharedAssets.length > 0, options.thresholds, match.standOut);
    });
    const top = matches.slice(0, options.topK);
    // Asset reuse is reported even when the words put the task below the top k.
    for (const match of matches.slice(options.topK)) if (match.sharedAssets.length > 0) top.push(match);
    return top;
  }
}

function cosine(dot: number, leftNorm: number, rightNorm: number): number {
  if (leftNorm === 0 || rightNorm === 0) return 0;
  return Math.min(1, Math.max(0, dot / (leftNorm * rightNorm)));
}
