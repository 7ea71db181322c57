/** One planned subtask the tracker would not create, with the tracker's reasons. */
export interface FailedSubtask {
  stepId: string;
  title: string;
  reasons: string[];
}

/**
 * The tracker created some of a template's subtasks and refused others. `created` holds the ones that
 * exist (step id → task id) so the caller can still record them: nothing the tracker made is forgotten,
 * and the next run creates only the missing steps.
 */
export class SubtasksPartlyCreatedError extends Error {
  override name = 'SubtasksPartlyCreatedError';
  constructor(
    readonly parentKey: string,
    readonly created: Readonly<Record<string, string>>,
    readonly failed: readonly FailedSubtask[],
  ) {
    const made = Object.keys(created).length;
    const list = failed.map((step) => `"${step.title}" (step ${step.stepId}): ${step.reasons.join('; ') || 'no reason given'}`).join(' | ');
    super(`Created ${made} of ${made + failed.length} subtasks under ${parentKey}; failed: ${list}`);
  }
}
