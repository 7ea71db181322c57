import { z } from 'zod';
import type { AnalysedText, TermCount } from './analyse';
import { Instant } from '../dates/local-date';
import { StatusCategory } from '../task/task';
import { DuplicateIndex } from './duplicate-index';
import { FlagCalibration } from './flag-calibration';

/**
 * The version of the stored form and of the analysis it holds. It changes whenever either changes (2: the
 * subjects a title names, see `named-subjects.ts`), so that an index stored by an older build is rejected
 * and rebuilt from the tasks' text rather than loaded without what this build would have analysed.
 */
export const SERIALISED_INDEX_FORMAT = 'mops-duplicates/2';

/**
 * The stored form of an index: the vocabularies once, then per task its facts and flat number arrays
 * ([termIndex, titleCount, bodyCount, …] and [trigramIndex, count, …]). Postings and frequencies are not
 * stored; they are rebuilt on load in one linear pass, which keeps the stored form small and always
 * consistent.
 */
export const SerialisedIndex = z.object({
  format: z.literal(SERIALISED_INDEX_FORMAT),
  terms: z.array(z.string()),
  trigrams: z.array(z.string()),
  tasks: z.array(
    z.object({
      id: z.string().min(1),
      projectId: z.string().min(1),
      teamId: z.string().min(1).optional(),
      statusCategory: StatusCategory,
      createdAt: Instant,
      closedAt: Instant.optional(),
      terms: z.array(z.number().int().nonnegative()),
      trigrams: z.array(z.number().int().nonnegative()),
      assets: z.array(z.string()),
      /** The websites, files and tickets the title names, with their kind (see `named-subjects.ts`); left out when none. */
      subjects: z.array(z.string()).optional(),
      /** The process-template step the task was made from; left out when none. */
      templateStepId: z.string().min(1).optional(),
    }),
  ),
  /** The stand-out thresholds the index had calibrated on its tasks, one per scope (see `flag-calibration.ts`); left out when it had none. */
  calibrations: z
    .array(FlagCalibration)
    .optional()
    .refine((calibrations) => new Set((calibrations ?? []).map((calibration) => JSON.stringify(calibration.scope))).size === (calibrations ?? []).length, {
      error: 'calibrations holds two for one scope; expected at most one per scope',
    }),
});
export type SerialisedIndex = z.infer<typeof SerialisedIndex>;

/**
 * Turns an index into a JSON-ready object. Only terms and trigrams still used by some task are kept.
 *
 * @example
 * const stored = JSON.stringify(serialiseIndex(index));
 * const again = deserialiseIndex(JSON.parse(stored));
 */
export function serialiseIndex(index: DuplicateIndex): SerialisedIndex {
  const vocabularies = index.vocabularies();
  const terms = new Compactor(vocabularies.terms);
  const trigrams = new Compactor(vocabularies.trigrams);
  const tasks = index.indexedTasks().map((task) => {
    const termNumbers: number[] = [];
    task.termIds.forEach((termId, position) => {
      termNumbers.push(terms.indexOf(termId), task.titleCounts[position] ?? 0, task.bodyCounts[position] ?? 0);
    });
    const trigramNumbers: number[] = [];
    task.trigramIds.forEach((gramId, position) => {
      trigramNumbers.push(trigrams.indexOf(gramId), task.trigramCounts[position] ?? 0);
    });
    return {
      id: task.id,
      projectId: task.projectId,
      ...(task.teamId !== undefined ? { teamId: task.teamId } : {}),
      statusCategory: task.statusCategory,
      createdAt: task.createdAt,
      ...(task.closedAt !== undefined ? { closedAt: task.closedAt } : {}),
      terms: termNumbers,
      trigrams: trigramNumbers,
      assets: [...task.assets],
      ...(task.subjects.length > 0 ? { subjects: [...task.subjects] } : {}),
      ...(task.templateStepId !== undefined ? { templateStepId: task.templateStepId } : {}),
    };
  });
  const calibrations = index.currentFlagCalibrations().filter((calibration) => calibration.statistics.length > 0);
  return {
    format: SERIALISED_INDEX_FORMAT,
    terms: terms.kept,
    trigrams: trigrams.kept,
    tasks,
    ...(calibrations.length > 0 ? { calibrations } : {}),
  };
}

/**
 * Rebuilds an index from its stored form; rejects anything that is not a well-formed stored index of this
 * format (an older format included: the caller rebuilds it from the tasks) with a message naming the
 * offending field.
 *
 * @example
 * const index = deserialiseIndex(JSON.parse(storedText));
 */
export function deserialiseIndex(stored: unknown): DuplicateIndex {
  const parsed = SerialisedIndex.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Stored duplicate index is not valid at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'unknown problem'}; expected format "${SERIALISED_INDEX_FORMAT}"`,
    );
  }
  const { terms, trigrams, tasks, calibrations } = parsed.data;
  const index = new DuplicateIndex();
  for (const task of tasks) {
    const counts: TermCount[] = [];
    for (let at = 0; at + 2 < task.terms.length; at += 3) {
      const term = terms[task.terms[at] ?? -1];
      if (term === undefined) throw new Error(`Stored task ${task.id} refers to term #${String(task.terms[at])}, but only ${terms.length} terms are stored`);
      counts.push({ term, title: task.terms[at + 1] ?? 0, body: task.terms[at + 2] ?? 0, surface: term });
    }
    const titleTrigrams = new Map<string, number>();
    for (let at = 0; at + 1 < task.trigrams.length; at += 2) {
      const gram = trigrams[task.trigrams[at] ?? -1];
      if (gram === undefined) throw new Error(`Stored task ${task.id} refers to trigram #${String(task.trigrams[at])}, but only ${trigrams.length} trigrams are stored`);
      titleTrigrams.set(gram, task.trigrams[at + 1] ?? 0);
    }
    const analysed: AnalysedText = { terms: counts, titleTrigrams, assets: task.assets, subjects: task.subjects ?? [] };
    index.addAnalysed(
      {
        id: task.id,
        title: '',
        description: '',
        projectId: task.projectId,
        teamId: task.teamId,
        statusCategory: task.statusCategory,
        createdAt: task.createdAt,
        closedAt: task.closedAt,
        templateStepId: task.templateStepId,
      },
      analysed,
    );
  }
  // Saves the loader a calibration of its own until the index changes enough to need a new one.
  for (const calibration of calibrations ?? []) index.restoreFlagCalibration(calibration);
  return index;
}

/** Renumbers the vocabulary entries that are still in use, in order of first use. */
class Compactor {
  readonly kept: string[] = [];
  private readonly renumbered = new Map<number, number>();

  constructor(private readonly strings: readonly string[]) {}

  indexOf(id: number): number {
    let number = this.renumbered.get(id);
    if (number === undefined) {
      number = this.kept.length;
      this.renumbered.set(id, number);
      this.kept.push(this.strings[id] ?? '');
    }
    return number;
  }
}
