import { z } from 'zod';
import { type AnalysedText, analyseText } from './analyse';
import { DuplicateCandidate, type DuplicateCandidateInput } from './candidate';
import { backgroundLevel, DEFAULT_THRESHOLDS, type DuplicateDecision, DuplicateThresholds, decide, standOutOf, UNCALIBRATED_STAND_OUT } from './decision';
import { CalibrationScope, calibrationIsStale, calibrationSample, FLAG_CALIBRATION, FlagCalibration, flagStatistic, NOT_FLAGGABLE, standOutForBudget } from './flag-calibration';
import { PostingList } from './posting-list';
import { nameDifferentSubjects } from './named-subjects';
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
  subjects: readonly string[];
  /** The process-template step the task was made from, if any (see `DuplicateCandidate`). */
  templateStepId: string | undefined;
}

/** What a query is about: a task being created (no id yet) or an existing one. */
export const DuplicateQuery = z.object({
  id: z.string().min(1).optional(),
  title: z.string(),
  description: z.string().default(''),
  projectId: z.string().min(1).optional(),
  teamId: z.string().min(1).optional(),
  /** The process-template step the new task is an instance of: other instances of it are at most related. */
  templateStepId: z.string().min(1).optional(),
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
   * How far the score stands above the backgrounds of the query and of the candidate (see `standOutOf`);
   * null when it was not measured because it could not change the decision: the query had too few
   * candidates to tell, the candidate is not among its best `SCORING_MODEL.candidatesWithBackground`, is
   * below the related or at the likely-duplicate level, names another subject or is the same template
   * step, or could not reach the stand-out threshold even against an empty background of its own.
   */
  standOut: number | null;
  /** Shared words as the query's author wrote them, most telling first. */
  matchedTerms: string[];
  /** Asset references both tasks point at (normalised URLs, "stock:library:id"). */
  sharedAssets: string[];
  /** The two titles name different websites, files or tickets (see `named-subjects.ts`), so the candidate is at most related. */
  namesOtherSubject: boolean;
  /** Both tasks are instances of one process-template step (recurring work), so the candidate is at most related. */
  sameTemplateStep: boolean;
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
 * task sharing an asset) are scored exactly with the cosine mixture of `scoring-model.ts`. A candidate
 * that might be a likely duplicate is then judged against both neighbourhoods (see `standOutOf`): its own
 * background comes from a third, smaller search with its stored term vector, so it never goes stale.
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
  /** Calibrations by scope (see `calibrationKey`), with the change count they were made or restored at. */
  private readonly calibrations = new Map<string, { calibration: FlagCalibration; atChange: number }>();
  /** Tasks added, updated or removed since the index was created: calibrations go stale by it. */
  private changeCount = 0;
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
    this.unindex(candidate.id);
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
      subjects: analysed.subjects,
      templateStepId: candidate.templateStepId,
    });
  }

  private insert(task: IndexedTask): void {
    const slot = this.freeSlots.pop() ?? this.tasks.length;
    this.changeCount += 1;
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
    if (!this.unindex(id)) return false;
    this.changeCount += 1;
    return true;
  }

  /** Takes a task out of the postings and tables; an update is one change, so `insert` alone counts it. */
  private unindex(id: string): boolean {
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
    const analysed = analyseText(query.title, query.description);
    const standOut = options.thresholds.standOut ?? this.flagCalibration({ ...options.scope, ...options.thresholds }).standOut;
    return this.rank(
      {
        vectors: this.vectorsOfText(analysed),
        assets: analysed.assets,
        subjects: analysed.subjects,
        templateStepId: query.templateStepId,
        slot: query.id === undefined ? undefined : this.slotById.get(query.id),
      },
      scopePredicate(options.scope, query),
      { ...options, thresholds: { ...options.thresholds, standOut } },
    );
  }

  /**
   * The stand-out threshold in force for queries that do not set one, calibrated on this index's own tasks
   * for the query's scope rules and score thresholds (see `flag-calibration.ts`), with what it rests on:
   * `statistics` are the sampled tasks' flag statistics (empty until the index is large enough, when
   * `standOut` is `UNCALIBRATED_STAND_OUT`). Made on first use and again once tasks added, updated or
   * removed since reach `FLAG_CALIBRATION.refreshAfterChange` of the index's size then; so between two
   * calibrations an index that grew one task at a time may judge by a slightly older threshold than one
   * rebuilt from the same tasks.
   *
   * @example
   * index.flagCalibration().standOut // e.g. 0.30 for SeaMonkey's 1,076 reports
   * index.flagCalibration({ sameTeam: 'exclude', closedWithinDays: 180 }) // what Mops' default settings query with
   */
  flagCalibration(scopeInput: z.input<typeof CalibrationScope> = {}): FlagCalibration {
    const scope = CalibrationScope.parse(scopeInput);
    const key = calibrationKey(scope);
    const known = this.calibrations.get(key);
    if (known !== undefined && !calibrationIsStale(known.calibration.size, this.changeCount - known.atChange)) return known.calibration;
    const calibration = this.calibrate(scope);
    this.calibrations.set(key, { calibration, atChange: this.changeCount });
    return calibration;
  }

  /** The calibrations made or restored, without making any (used by serialisation). */
  currentFlagCalibrations(): FlagCalibration[] {
    return [...this.calibrations.values()].map((known) => known.calibration);
  }

  /**
   * A calibration measured before (stored with a serialised index). The difference between the index's
   * size now and then counts as changes already made, so a calibration carried through many snapshots
   * while the index grew is redone as if it had never been stored.
   */
  restoreFlagCalibration(calibration: FlagCalibration): void {
    const parsed = FlagCalibration.parse(calibration);
    this.calibrations.set(calibrationKey(parsed.scope), { calibration: parsed, atChange: this.changeCount - Math.abs(this.size - parsed.size) });
  }

  private calibrate(scope: CalibrationScope): FlagCalibration {
    const uncalibrated = { scope, size: this.size, standOut: UNCALIBRATED_STAND_OUT, statistics: [] };
    if (this.size < FLAG_CALIBRATION.minimumSample) return uncalibrated;
    const { likelyDuplicate, related, closedWithinDays } = scope;
    // Each sampled task is asked about as it was when it was created: against the tasks created before it.
    const statistics = calibrationSample(this.slotById.keys()).map((id) => {
      const slot = this.slotById.get(id);
      const task = slot === undefined ? undefined : this.tasks[slot];
      if (slot === undefined || task === undefined) return NOT_FLAGGABLE;
      const asCreated = DuplicateScope.parse({
        sameProject: scope.sameProject,
        sameTeam: scope.sameTeam,
        createdBefore: task.createdAt,
        ...(closedWithinDays === undefined ? {} : { closedWithinDays, asOf: task.createdAt }),
      });
      const matches = this.rank(
        { vectors: this.vectorsOfTask(task), assets: task.assets, subjects: task.subjects, templateStepId: task.templateStepId, slot },
        scopePredicate(asCreated, task),
        { topK: SCORING_MODEL.rerankPool, maxMatchedTerms: 0, thresholds: { likelyDuplicate, related, standOut: FLAG_CALIBRATION.floor } },
      );
      return Math.round(flagStatistic(matches, likelyDuplicate, related) * 1000) / 1000;
    });
    const standOut = standOutForBudget(statistics);
    return standOut === null ? uncalibrated : { scope, size: this.size, standOut, statistics };
  }

  /** Candidates for a query (a new text or an indexed task), scored, judged and best first. */
  private rank(
    query: { vectors: QueryVectors; assets: readonly string[]; subjects: readonly string[]; templateStepId: string | undefined; slot: number | undefined },
    inScope: (task: IndexedTask) => boolean,
    options: { topK: number; maxMatchedTerms: number; thresholds: DuplicateThresholds & { standOut: number } },
  ): DuplicateMatch[] {
    const { vectors } = query;
    const accepts = (slot: number): boolean => {
      const task = this.tasks[slot];
      return slot !== query.slot && task !== undefined && inScope(task);
    };
    const poolSize = Math.max(SCORING_MODEL.rerankPool, options.topK);
    const candidates = new Set(this.nominate(vectors, poolSize, accepts));
    const sharedAssetsBySlot = new Map<number, string[]>();
    for (const asset of query.assets) {
      for (const slot of this.slotsByAsset.get(asset) ?? []) {
        if (!accepts(slot)) continue;
        candidates.add(slot);
        sharedAssetsBySlot.set(slot, [...(sharedAssetsBySlot.get(slot) ?? []), asset]);
      }
    }

    const matches: Array<DuplicateMatch & { slot: number }> = [];
    for (const slot of candidates) {
      const task = this.tasks[slot];
      if (task === undefined) continue;
      const { components, shared } = this.compare(vectors, task);
      matches.push({
        id: task.id,
        slot,
        score: combineScores(components),
        decision: null,
        standOut: null,
        matchedTerms: shared
          .sort((left, right) => right.contribution - left.contribution)
          .slice(0, options.maxMatchedTerms)
          .map((entry) => vectors.surfaceOf.get(entry.termId) ?? this.terms.strings[entry.termId] ?? ''),
        sharedAssets: sharedAssetsBySlot.get(slot) ?? [],
        namesOtherSubject: nameDifferentSubjects(query.subjects, task.subjects),
        sameTemplateStep: query.templateStepId !== undefined && query.templateStepId === task.templateStepId,
        components,
      });
    }

    matches.sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    // Decided once the whole pool is scored: whether a candidate stands out depends on the others.
    const scores = matches.map((match) => match.score);
    const { thresholds } = options;
    matches.forEach((match, position) => {
      // A candidate's own neighbourhood costs a second search, so only candidates whose decision it can
      // change get one: among the best few, at the related level, below the near-identity level, and able
      // to stand out even if their own background were 0 (it only ever lowers the stand-out).
      const mayStandOut =
        position < SCORING_MODEL.candidatesWithBackground &&
        match.score >= thresholds.related &&
        match.score < thresholds.likelyDuplicate &&
        !atMostRelated(match);
      const queryBackground = mayStandOut ? backgroundLevel(scores, position) : null;
      const needsOwnBackground = queryBackground !== null && match.score - queryBackground / 2 >= thresholds.standOut;
      match.standOut = needsOwnBackground ? standOutOf(match.score, queryBackground, this.backgroundOfTask(match.slot, query.slot)) : null;
      match.decision = decide(match.score, match.sharedAssets.length > 0, thresholds, match.standOut, atMostRelated(match));
    });
    const top: DuplicateMatch[] = matches.slice(0, options.topK).map(withoutSlot);
    // Asset reuse is reported even when the words put the task below the top k.
    for (const match of matches.slice(options.topK)) if (match.sharedAssets.length > 0) top.push(withoutSlot(match));
    return top;
  }

  /**
   * The background level of an indexed task (see `backgroundLevel`): how alike it is to its own nearest
   * tasks, leaving out itself and the task asking. Tasks written in a corpus-wide template score high here.
   */
  private backgroundOfTask(slot: number, querySlot: number | undefined): number | null {
    const task = this.tasks[slot];
    if (task === undefined) return null;
    const vectors = this.vectorsOfTask(task);
    const nominated = this.nominate(vectors, SCORING_MODEL.backgroundPool, (other) => other !== slot && other !== querySlot && this.tasks[other] !== undefined);
    const scores: number[] = [];
    for (const other of nominated) {
      const otherTask = this.tasks[other];
      if (otherTask !== undefined) scores.push(combineScores(this.compare(vectors, otherTask).components));
    }
    scores.sort((left, right) => right - left);
    const others = this.size - 1 - (querySlot !== undefined && querySlot !== slot ? 1 : 0);
    return backgroundLevel(scores, -1, others);
  }

  /** Query vectors of a new text, keyed by vocabulary id; words the index has never seen still count in the norms. */
  private vectorsOfText(analysed: AnalysedText): QueryVectors {
    const idf = this.idf();
    const vectors: QueryVectors = { text: new Map(), title: new Map(), trigrams: new Map(), textNorm: 0, titleNorm: 0, trigramNorm: 0, surfaceOf: new Map() };
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
      vectors.text.set(termId, weight);
      if (count.title > 0) vectors.title.set(termId, titleWeight);
      vectors.surfaceOf.set(termId, count.surface);
    }
    let trigramNormSquares = 0;
    for (const [gram, count] of analysed.titleTrigrams) {
      const frequency = this.trigrams.frequencyOf(gram);
      const weight = countWeight(count) * idf(frequency);
      trigramNormSquares += weight * weight;
      const gramId = this.trigrams.ids.get(gram);
      if (gramId !== undefined && frequency > 0) vectors.trigrams.set(gramId, weight);
    }
    vectors.textNorm = Math.sqrt(textNormSquares);
    vectors.titleNorm = Math.sqrt(titleNormSquares);
    vectors.trigramNorm = Math.sqrt(trigramNormSquares);
    return vectors;
  }

  /** Query vectors of an indexed task, from its stored counts: the same weights `vectorsOfText` gives its text. */
  private vectorsOfTask(task: IndexedTask): QueryVectors {
    const idf = this.idf();
    const vectors: QueryVectors = { text: new Map(), title: new Map(), trigrams: new Map(), textNorm: 0, titleNorm: 0, trigramNorm: 0, surfaceOf: new Map() };
    let textNormSquares = 0;
    let titleNormSquares = 0;
    task.termIds.forEach((termId, position) => {
      const termIdf = idf(this.terms.frequencies[termId] ?? 0);
      const titleCount = task.titleCounts[position] ?? 0;
      const weight = termWeight(titleCount, task.bodyCounts[position] ?? 0) * termIdf;
      textNormSquares += weight * weight;
      vectors.text.set(termId, weight);
      if (titleCount > 0) {
        const titleWeight = countWeight(titleCount) * termIdf;
        titleNormSquares += titleWeight * titleWeight;
        vectors.title.set(termId, titleWeight);
      }
    });
    let trigramNormSquares = 0;
    task.trigramIds.forEach((gramId, position) => {
      const weight = countWeight(task.trigramCounts[position] ?? 0) * idf(this.trigrams.frequencies[gramId] ?? 0);
      trigramNormSquares += weight * weight;
      vectors.trigrams.set(gramId, weight);
    });
    vectors.textNorm = Math.sqrt(textNormSquares);
    vectors.titleNorm = Math.sqrt(titleNormSquares);
    vectors.trigramNorm = Math.sqrt(trigramNormSquares);
    return vectors;
  }

  private idf(): (frequency: number) => number {
    const documentCount = this.size;
    return (frequency) => inverseDocumentFrequency(frequency, documentCount);
  }

  /**
   * Fast pass: accumulates idf-weighted dot products over the postings of the query's terms, rarest first,
   * and returns the `poolSize` best slots that `accepts` lets through. Terms in more than COMMON_TERM_SHARE
   * of tasks only add to candidates the rarer terms nominated (they still count fully in the exact pass),
   * unless those were too few to fill the pool.
   */
  private nominate(vectors: QueryVectors, poolSize: number, accepts: (slot: number) => boolean): number[] {
    const idf = this.idf();
    const accumulator = this.accumulator;
    const touched: number[] = [];
    const commonFrequency = Math.max(poolSize, this.size * SCORING_MODEL.commonTermShare);
    const byRarity = [...vectors.text.entries()].sort(
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
      if (accepts(slot)) pool.offer((accumulator[slot] ?? 0) / (this.pseudoNorms[slot] || 1), slot);
      accumulator[slot] = 0;
    }
    return pool.contents();
  }

  /** Exact pass for one task: the three cosines of `scoring-model.ts` and the terms both share. */
  private compare(vectors: QueryVectors, task: IndexedTask): { components: DuplicateMatch['components']; shared: Array<{ termId: number; contribution: number }> } {
    const idf = this.idf();
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
      const queryWeight = vectors.text.get(termId);
      if (queryWeight !== undefined) shared.push({ termId, contribution: queryWeight * weight });
      const queryTitleWeight = vectors.title.get(termId);
      if (queryTitleWeight !== undefined) titleDot += queryTitleWeight * titleWeight;
    });
    let trigramSquares = 0;
    let trigramDot = 0;
    task.trigramIds.forEach((gramId, position) => {
      const weight = countWeight(task.trigramCounts[position] ?? 0) * idf(this.trigrams.frequencies[gramId] ?? 0);
      trigramSquares += weight * weight;
      trigramDot += (vectors.trigrams.get(gramId) ?? 0) * weight;
    });
    const textDot = shared.reduce((sum, entry) => sum + entry.contribution, 0);
    return {
      components: {
        text: cosine(textDot, vectors.textNorm, Math.sqrt(textSquares)),
        title: cosine(titleDot, vectors.titleNorm, Math.sqrt(titleSquares)),
        trigrams: cosine(trigramDot, vectors.trigramNorm, Math.sqrt(trigramSquares)),
      },
      shared,
    };
  }
}

/** A query's weighted term, title-term and title-trigram vectors with their norms. */
interface QueryVectors {
  text: Map<number, number>;
  title: Map<number, number>;
  trigrams: Map<number, number>;
  textNorm: number;
  titleNorm: number;
  trigramNorm: number;
  /** How the query's author wrote each term, for the "why". */
  surfaceOf: Map<number, string>;
}

/** Whether a candidate can be at most related whatever its score: another named subject, or the same template step. */
function atMostRelated(match: Pick<DuplicateMatch, 'namesOtherSubject' | 'sameTemplateStep'>): boolean {
  return match.namesOtherSubject || match.sameTemplateStep;
}

/** One calibration per scope rule and score threshold: the other scope settings change per query. */
function calibrationKey(scope: CalibrationScope): string {
  return [scope.sameProject, scope.sameTeam, scope.closedWithinDays ?? 'any', scope.likelyDuplicate, scope.related].join('/');
}

function withoutSlot(match: DuplicateMatch & { slot: number }): DuplicateMatch {
  const { slot: _slot, ...rest } = match;
  return rest;
}

function cosine(dot: number, leftNorm: number, rightNorm: number): number {
  if (leftNorm === 0 || rightNorm === 0) return 0;
  return Math.min(1, Math.max(0, dot / (leftNorm * rightNorm)));
}
