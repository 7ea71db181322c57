import { BACKGROUND_SIZE, DEFAULT_THRESHOLDS, DuplicateThresholds, decide, standOutOf } from './decision';

describe('standOutOf', () => {
  // Best scores of a real SeaMonkey query ("youtube comments do not post") whose duplicate came first.
  const youtube = [0.27, 0.07, 0.05, 0.04, 0.04, 0.03, 0.03, 0.03, 0.03, 0.03];

  it('measures the best candidate against the median of the next nine', () => {
    expect(standOutOf(0.27, youtube, 0)).toBeCloseTo(0.27 - 0.03, 10);
  });

  it('leaves the candidate itself out of its own background', () => {
    // For the second best, the background is the best and the eight after it: median 0.03.
    expect(standOutOf(0.07, youtube, 1)).toBeCloseTo(0.07 - 0.03, 10);
  });

  it('cannot tell with fewer than nine other candidates', () => {
    expect(BACKGROUND_SIZE).toBe(9);
    expect(standOutOf(0.27, youtube.slice(0, BACKGROUND_SIZE), 0)).toBeNull();
  });
});

describe('decide', () => {
  it('calls a near-identical candidate a likely duplicate whatever the background', () => {
    expect(decide(0.55, false, DEFAULT_THRESHOLDS, 0)).toBe('likely-duplicate');
    expect(decide(0.54, false, DEFAULT_THRESHOLDS, 0)).toBe('related');
  });

  it('calls a candidate that reaches the related level and stands out by 0.33 a likely duplicate', () => {
    expect(decide(0.4, false, DEFAULT_THRESHOLDS, 0.33)).toBe('likely-duplicate');
    expect(decide(0.4, false, DEFAULT_THRESHOLDS, 0.32)).toBe('related');
    // Standing out is not enough below the related level: a lone weak match says little.
    expect(decide(0.34, true, DEFAULT_THRESHOLDS, 0.34)).toBe('related');
    expect(decide(0.34, false, DEFAULT_THRESHOLDS, 0.34)).toBeNull();
  });

  it('keeps the old behaviour for callers that pass no stand-out or no stand-out threshold', () => {
    expect(decide(0.5, false)).toBe('related');
    const older = DuplicateThresholds.parse({ likelyDuplicate: 0.5, related: 0.35 });
    expect(decide(0.5, false, older)).toBe('likely-duplicate');
    expect(decide(0.4, false, older, 0.33)).toBe('likely-duplicate');
  });

  it('turns the stand-out rule off at 1', () => {
    const scoresOnly = DuplicateThresholds.parse({ ...DEFAULT_THRESHOLDS, standOut: 1 });
    expect(decide(0.54, false, scoresOnly, 0.5)).toBe('related');
  });

  it('rejects a related level above the likely-duplicate level, naming both', () => {
    expect(() => DuplicateThresholds.parse({ likelyDuplicate: 0.3, related: 0.4 })).toThrow(/related.*likelyDuplicate/);
  });
});
