import fc from 'fast-check';
import { calibrationIsStale, calibrationSample, FLAG_CALIBRATION, FLAGGED_BY_SCORE, flagStatistic, NOT_FLAGGABLE, standOutForBudget } from './flag-calibration';

const candidate = (score: number, standOut: number | null, namesOtherSubject = false) => ({ score, standOut, namesOtherSubject });

describe('flagStatistic', () => {
  it('is the best stand-out among candidates at the related level', () => {
    expect(flagStatistic([candidate(0.45, 0.21), candidate(0.42, 0.27), candidate(0.3, 0.4)], 0.55, 0.35)).toBe(0.27);
  });

  it('marks a task whose candidate reaches the likely-duplicate score as flagged whatever the threshold', () => {
    expect(flagStatistic([candidate(0.42, 0.27), candidate(0.6, null)], 0.55, 0.35)).toBe(FLAGGED_BY_SCORE);
  });

  it('leaves out candidates naming another subject or made from the same template step: they are never likely duplicates', () => {
    expect(flagStatistic([candidate(0.9, null, true), candidate(0.4, 0.22)], 0.55, 0.35)).toBe(0.22);
    expect(flagStatistic([candidate(0.9, null, true)], 0.55, 0.35)).toBe(NOT_FLAGGABLE);
    expect(flagStatistic([{ ...candidate(0.9, null), sameTemplateStep: true }, candidate(0.4, 0.3)], 0.55, 0.35)).toBe(0.3);
  });

  it('is never-flaggable when nothing was judged by stand-out', () => {
    expect(flagStatistic([], 0.55, 0.35)).toBe(NOT_FLAGGABLE);
    expect(flagStatistic([candidate(0.4, null)], 0.55, 0.35)).toBe(NOT_FLAGGABLE);
  });
});

describe('standOutForBudget', () => {
  const unflagged = (count: number): number[] => Array<number>(count).fill(NOT_FLAGGABLE);

  it('is the smallest hundredth that flags no more than the budget of the sampled tasks', () => {
    const statistics = [...unflagged(90), 0.262, ...Array<number>(9).fill(0.3)];
    expect(standOutForBudget(statistics, 0.09)).toBe(0.27);
    expect(standOutForBudget([...unflagged(89), 0.262, ...Array<number>(10).fill(0.3)], 0.1)).toBe(0.27);
  });

  it('keeps the share flagged within the budget for any statistics', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: FLAG_CALIBRATION.minimumSample, maxLength: 600 }), (statistics) => {
        const threshold = standOutForBudget(statistics) ?? Number.NaN;
        const flagged = statistics.filter((statistic) => statistic >= threshold).length;
        // At the ceiling the budget may be spent already; below it, it holds.
        return threshold >= FLAG_CALIBRATION.floor && threshold <= FLAG_CALIBRATION.ceiling && (threshold === FLAG_CALIBRATION.ceiling || flagged <= FLAG_CALIBRATION.budget * statistics.length);
      }),
    );
  });

  it('keeps the stand-out rule at the ceiling when the scores alone already flag more than the budget', () => {
    // Recurring work or re-reported bugs can use up the budget; the rule still flags what stands out by 0.35.
    expect(standOutForBudget([...unflagged(80), ...Array<number>(20).fill(FLAGGED_BY_SCORE)], 0.09)).toBe(FLAG_CALIBRATION.ceiling);
  });

  it('does not go below the floor in an organisation where almost nothing resembles anything', () => {
    expect(standOutForBudget([...unflagged(195), 0.05, 0.1, 0.12, 0.3, 0.4], 0.09)).toBe(FLAG_CALIBRATION.floor);
  });

  it('says nothing from fewer than the minimum sample', () => {
    expect(standOutForBudget(unflagged(FLAG_CALIBRATION.minimumSample - 1))).toBeNull();
  });
});

describe('calibrationSample', () => {
  it('depends on which ids there are, not on their order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (ids, size) => {
        const sample = calibrationSample(ids, size);
        const reversed = calibrationSample([...ids].reverse(), size);
        return sample.length === Math.min(size, ids.length) && JSON.stringify(sample) === JSON.stringify(reversed);
      }),
    );
  });

  it('keeps most of its sample when a few tasks come and go', () => {
    const ids = Array.from({ length: 2000 }, (_, number) => `SM-${number}`);
    const before = new Set(calibrationSample(ids, 500));
    const after = calibrationSample([...ids.slice(50), ...Array.from({ length: 50 }, (_, number) => `SM-new-${number}`)], 500);
    expect(after.filter((id) => before.has(id)).length).toBeGreaterThan(450);
  });
});

describe('calibrationIsStale', () => {
  it('asks for a new calibration once changes reach 5 % of the index it was made on', () => {
    expect(calibrationIsStale(1000, 49)).toBe(false);
    expect(calibrationIsStale(1000, 50)).toBe(true);
    expect(calibrationIsStale(0, 1)).toBe(true);
  });
});
