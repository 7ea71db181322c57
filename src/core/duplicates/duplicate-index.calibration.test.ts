import type { DuplicateCandidateInput } from './candidate';
import { UNCALIBRATED_STAND_OUT } from './decision';
import { DuplicateIndex } from './duplicate-index';
import { FLAG_CALIBRATION } from './flag-calibration';
import { deserialiseIndex, serialiseIndex } from './serialise';

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), so corpora are the same every run. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const createdAt = (number: number): string => new Date(Date.UTC(2026, 0, 1) + number * 3_600_000).toISOString();

/** Tasks about unrelated things: a thousand made-up words, four to a title, few shared between any two tasks. */
function variedTasks(count: number): DuplicateCandidateInput[] {
  const next = numbers(7);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'sa'];
  const word = (): string => Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  return Array.from({ length: count }, (_, number) => ({
    id: `V-${number}`,
    title: Array.from({ length: 4 }, word).join(' '),
    description: Array.from({ length: 10 }, word).join(' '),
    projectId: 'VARIED',
    statusCategory: 'todo' as const,
    createdAt: createdAt(number),
  }));
}

/**
 * Reports from one form about one shop: every description carries the form's lines, and about a third of
 * the titles reuse two words of an earlier report's, so many tasks resemble some earlier one a little.
 */
function templatedTasks(count: number): DuplicateCandidateInput[] {
  const next = numbers(11);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'sa'];
  const word = (): string => Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const titleWords: string[][] = [];
  return Array.from({ length: count }, (_, number) => {
    const earlier = titleWords[Math.floor(next() * titleWords.length)];
    const roll = next();
    const reused = earlier === undefined ? 0 : roll < 0.18 ? 2 : roll < 0.5 ? 1 : 0;
    const words = [...(earlier ?? []).slice(0, reused), ...Array.from({ length: 4 - reused }, word)];
    titleWords.push(words);
    return {
      id: `W-${number}`,
      title: `Acme shop: ${words.join(' ')}`,
      description: `Browser: SeaMonkey\nTested another browser: Yes\nProblem type: the shop is broken\n${Array.from({ length: 6 }, word).join(' ')}`,
      projectId: 'WEBCOMPAT',
      statusCategory: 'todo' as const,
      createdAt: createdAt(number),
    };
  });
}

function indexOf(tasks: readonly DuplicateCandidateInput[]): DuplicateIndex {
  const index = new DuplicateIndex();
  for (const task of tasks) index.add(task);
  return index;
}

/** How many tasks would have been flagged as likely duplicates of an earlier task when they were created. */
function flaggedAtCreation(index: DuplicateIndex, tasks: readonly DuplicateCandidateInput[], standOut?: number): number {
  const thresholds = standOut === undefined ? {} : { thresholds: { likelyDuplicate: 0.55, related: 0.35, standOut } };
  return tasks.filter((task) =>
    index
      .findDuplicates({ id: task.id, title: task.title, description: task.description ?? '' }, { topK: 10, scope: { createdBefore: task.createdAt }, ...thresholds })
      .some((match) => match.decision === 'likely-duplicate'),
  ).length;
}

describe('DuplicateIndex flag calibration', () => {
  const templated = templatedTasks(200);
  const varied = variedTasks(200);

  it('keeps the uncalibrated threshold until the index holds enough tasks to learn from', () => {
    const small = indexOf(templated.slice(0, FLAG_CALIBRATION.minimumSample - 1));
    expect(small.flagCalibration()).toMatchObject({ size: FLAG_CALIBRATION.minimumSample - 1, standOut: UNCALIBRATED_STAND_OUT, statistics: [] });
  });

  it('sets a stricter threshold where reports share a template than where tasks are varied', () => {
    const templatedCalibration = indexOf(templated).flagCalibration();
    const variedCalibration = indexOf(varied).flagCalibration();
    expect(templatedCalibration.statistics).toHaveLength(200);
    expect(variedCalibration.standOut).toBe(FLAG_CALIBRATION.floor);
    expect(templatedCalibration.standOut).toBeGreaterThan(variedCalibration.standOut);
    expect(templatedCalibration.standOut).toBeLessThan(FLAG_CALIBRATION.ceiling);
  });

  it('flags no more than its budget of its own tasks as they were created', () => {
    for (const tasks of [templated, varied]) {
      const index = indexOf(tasks);
      index.flagCalibration();
      expect(flaggedAtCreation(index, tasks)).toBeLessThanOrEqual(Math.floor(FLAG_CALIBRATION.budget * tasks.length));
    }
    // The calibration is what holds the templated reports to the budget: at the floor, more would be flagged.
    expect(flaggedAtCreation(indexOf(templated), templated, FLAG_CALIBRATION.floor)).toBeGreaterThan(Math.floor(FLAG_CALIBRATION.budget * templated.length));
  });

  it('decides with the calibrated threshold unless the caller sets one', () => {
    const index = indexOf(templated);
    const { standOut } = index.flagCalibration();
    const decisions = (thresholds?: { likelyDuplicate: number; related: number; standOut: number }): string =>
      JSON.stringify(
        templated.slice(100).map((task) =>
          index
            .findDuplicates({ title: task.title, description: task.description ?? '' }, { topK: 5, scope: { createdBefore: task.createdAt }, ...(thresholds ? { thresholds } : {}) })
            .map((match) => match.decision),
        ),
      );
    expect(decisions()).toBe(decisions({ likelyDuplicate: 0.55, related: 0.35, standOut }));
    expect(decisions()).not.toBe(decisions({ likelyDuplicate: 0.55, related: 0.35, standOut: FLAG_CALIBRATION.floor }));
  });

  it('calibrates again once 5 % of the index has changed, counting updates and removals', () => {
    const index = indexOf(templated);
    const first = index.flagCalibration();
    for (const task of templatedTasks(209).slice(200)) index.add(task);
    expect(index.flagCalibration()).toBe(first);
    index.update({ ...templated[0]!, title: 'www.ah.nl - checkout button does nothing' });
    const second = index.flagCalibration();
    expect(second).not.toBe(first);
    expect(second.size).toBe(209);
    index.remove('W-1');
    expect(index.flagCalibration()).toBe(second);
  });

  it('gives an index rebuilt from the same tasks, in another order, the same calibration', () => {
    expect(indexOf([...templated].reverse()).flagCalibration()).toEqual(indexOf(templated).flagCalibration());
  });

  it('is stored with the index and used after loading instead of being measured again', () => {
    const index = indexOf(templated);
    const calibration = index.flagCalibration();
    const stored = JSON.parse(JSON.stringify(serialiseIndex(index))) as { calibrations: Array<{ statistics: number[]; standOut: number }> };
    expect(deserialiseIndex(stored).flagCalibration()).toEqual(calibration);
    // Statistics no measurement of this index would give show that the loader used what it read.
    const elsewhere = indexOf(varied).flagCalibration();
    stored.calibrations[0] = { ...stored.calibrations[0]!, statistics: elsewhere.statistics, standOut: elsewhere.standOut };
    expect(deserialiseIndex(stored).flagCalibration().standOut).toBe(elsewhere.standOut);
    expect(elsewhere.standOut).not.toBe(calibration.standOut);
  });

  it('redoes a stored calibration when the index has grown by 5 % since, however many snapshots carried it', () => {
    const index = indexOf(templated.slice(0, 150));
    const early = index.flagCalibration();
    let stored = JSON.parse(JSON.stringify(serialiseIndex(index))) as unknown;
    for (const batch of [templated.slice(150, 155), templated.slice(155, 160)]) {
      const loaded = deserialiseIndex(stored);
      for (const task of batch) loaded.add(task);
      stored = JSON.parse(JSON.stringify(serialiseIndex(loaded)));
    }
    const latest = deserialiseIndex(stored).flagCalibration();
    expect(latest.size).toBe(160);
    expect(early.size).toBe(150);
  });

  it('refuses a stored threshold that its statistics do not give, and two calibrations for one scope', () => {
    const index = indexOf(templated);
    index.flagCalibration();
    const stored = JSON.parse(JSON.stringify(serialiseIndex(index))) as { calibrations: Array<{ standOut: number }> };
    expect(() => deserialiseIndex({ ...stored, calibrations: [{ ...stored.calibrations[0]!, standOut: 0.01 }] })).toThrow(/calibrations\.0\.standOut.*not what its 200 statistics give/);
    expect(() => deserialiseIndex({ ...stored, calibrations: [stored.calibrations[0], stored.calibrations[0]] })).toThrow(/two for one scope/);
  });

  it('refuses a stored calibration that is not one, naming the field', () => {
    const index = indexOf(templated);
    index.flagCalibration();
    const stored = JSON.parse(JSON.stringify(serialiseIndex(index))) as { calibrations: Array<{ statistics: number[] }> };
    stored.calibrations[0]!.statistics[3] = 7;
    expect(() => deserialiseIndex(stored)).toThrow(/calibrations\.0\.statistics\.3/);
  });

  it('stores no calibration for an index that never made one', () => {
    expect(serialiseIndex(indexOf(templated))).not.toHaveProperty('calibrations');
  });

  it('calibrates for the scope asked with: a team\'s own recurring work does not count where teams are left out', () => {
    // One team's campaign steps recur for every campaign; the other team's tasks are varied.
    const steps = ['Design roll-up banner', 'Write landing page copy', 'Set up ad conversion tracking', 'Make video thumbnails', 'Book booth space'];
    const campaigns = ['Black Friday', 'the winter webinars', 'Atlas 3', 'the autumn trade fairs', 'the December newsletter', 'Partner Summit Berlin'];
    const recurring: DuplicateCandidateInput[] = campaigns.flatMap((campaign, campaignNumber) =>
      steps.map((step, stepNumber) => ({
        id: `R-${campaignNumber}-${stepNumber}`,
        title: `${step} for ${campaign}`,
        projectId: 'BRAND',
        teamId: 'brand',
        statusCategory: 'todo' as const,
        createdAt: createdAt(campaignNumber * 10 + stepNumber),
      })),
    );
    const others = varied.slice(0, 120).map((task) => ({ ...task, teamId: 'growth' }));
    const index = indexOf([...recurring, ...others]);
    expect(index.flagCalibration().standOut).toBe(FLAG_CALIBRATION.ceiling);
    expect(index.flagCalibration({ sameTeam: 'exclude' }).standOut).toBe(FLAG_CALIBRATION.floor);
    // Both are kept, and each query uses the one for its scope.
    expect(index.currentFlagCalibrations().map((calibration) => calibration.scope.sameTeam).sort()).toEqual(['exclude', 'include']);
  });
});
