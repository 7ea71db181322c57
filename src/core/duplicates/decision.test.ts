import { BACKGROUND_SIZE, DEFAULT_THRESHOLDS, DuplicateThresholds, UNCALIBRATED_STAND_OUT, backgroundLevel, decide, standOutOf } from './decision';

describe('backgroundLevel', () => {
  // Best scores of a real SeaMonkey query ("youtube comments do not post") whose duplicate came first.
  const youtube = [0.27, 0.07, 0.05, 0.04, 0.04, 0.03, 0.03, 0.03, 0.03, 0.03];

  it('is the median of the next nine when judging the best candidate', () => {
    expect(backgroundLevel(youtube, 0)).toBe(0.03);
  });

  it('leaves the candidate itself out of its own background', () => {
    // For the second best, the background is the best and the eight after it: median 0.03.
    expect(backgroundLevel(youtube, 1)).toBe(0.03);
    expect(backgroundLevel([0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1], 0)).toBe(0.5);
  });

  it('cannot tell with fewer than nine other tasks', () => {
    expect(BACKGROUND_SIZE).toBe(9);
    expect(backgroundLevel(youtube.slice(0, BACKGROUND_SIZE), 0)).toBeNull();
  });

  it('counts the tasks that share no word as scoring 0 when the index holds enough of them', () => {
    expect(backgroundLevel([0.4, 0.3, 0.2], -1, 3)).toBeNull();
    expect(backgroundLevel([0.4, 0.3, 0.2], -1, 1200)).toBe(0);
    expect(backgroundLevel([0.4, 0.3, 0.2, 0.2, 0.1, 0.1], -1, 1200)).toBe(0.1);
  });
});

describe('standOutOf', () => {
  it('measures a score against the mean of the query\'s and the candidate\'s backgrounds', () => {
    // "memory usage high, keeps going up" and "Severe memory usage" (SeaMonkey): 0.42 between them,
    // each of them about 0.1 alike to its other nearest reports.
    expect(standOutOf(0.42, 0.09, 0.11)).toBeCloseTo(0.32, 10);
  });

  it('takes a hub down: a template-like candidate that resembles every query stands out less', () => {
    // "[De] mailnews_preferences.xhtml: Typos" resembles all the other "[De] ….xhtml: Typos" reports.
    const ordinary = standOutOf(0.5, 0.15, 0.12);
    const hub = standOutOf(0.5, 0.15, 0.42);
    expect(ordinary).toBeCloseTo(0.365, 10);
    expect(hub).toBeCloseTo(0.215, 10);
  });

  it('falls back to the query\'s background alone, and knows nothing without it', () => {
    expect(standOutOf(0.45, 0.1, null)).toBeCloseTo(0.35, 10);
    expect(standOutOf(0.45, null, 0.1)).toBeNull();
  });
});

describe('decide', () => {
  it('calls a near-identical candidate a likely duplicate whatever the background', () => {
    expect(decide(0.55, false, DEFAULT_THRESHOLDS, 0)).toBe('likely-duplicate');
    expect(decide(0.54, false, DEFAULT_THRESHOLDS, 0)).toBe('related');
  });

  it('calls a candidate that reaches the related level and stands out by the default margin a likely duplicate', () => {
    expect(decide(0.4, false, DEFAULT_THRESHOLDS, UNCALIBRATED_STAND_OUT)).toBe('likely-duplicate');
    expect(decide(0.4, false, DEFAULT_THRESHOLDS, UNCALIBRATED_STAND_OUT - 0.01)).toBe('related');
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

  it('keeps tasks about different subjects at related however alike their words are', () => {
    // "www.golem.de - The page freezes and presents performance issues" and the same words about
    // www.digitalfernsehen.de: 0.54 and well above both backgrounds, but two sites, two fixes.
    expect(decide(0.54, false, DEFAULT_THRESHOLDS, 0.38, false)).toBe('likely-duplicate');
    expect(decide(0.54, false, DEFAULT_THRESHOLDS, 0.38, true)).toBe('related');
    expect(decide(0.9, false, DEFAULT_THRESHOLDS, 0.7, true)).toBe('related');
    expect(decide(0.2, true, DEFAULT_THRESHOLDS, null, true)).toBe('related');
    expect(decide(0.2, false, DEFAULT_THRESHOLDS, null, true)).toBeNull();
  });

  it('turns the stand-out rule off at 1', () => {
    const scoresOnly = DuplicateThresholds.parse({ ...DEFAULT_THRESHOLDS, standOut: 1 });
    expect(decide(0.54, false, scoresOnly, 0.5)).toBe('related');
  });

  it('rejects a related level above the likely-duplicate level, naming both', () => {
    expect(() => DuplicateThresholds.parse({ likelyDuplicate: 0.3, related: 0.4 })).toThrow(/related.*likelyDuplicate/);
  });
});
