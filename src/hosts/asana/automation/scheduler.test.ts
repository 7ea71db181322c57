import { timerScheduler } from './scheduler';

describe('timerScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the job each interval, never two runs at once, and stop waits for the run under way', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    let finish: () => void = () => undefined;
    const job = timerScheduler((error) => errors.push(error)).every(60_000, () => {
      runs += 1;
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    jest.advanceTimersByTime(60_000);
    expect(runs).toBe(1);
    // The first catch-up is still going: the next ticks are skipped rather than piled up.
    jest.advanceTimersByTime(180_000);
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(600_000);
    expect([runs, errors]).toEqual([1, []]);
  });

  it('keeps going after a failing run and reports the failure', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = timerScheduler((error) => errors.push(error)).every(10_000, async () => {
      runs += 1;
      if (runs === 1) throw new Error('Asana did not answer');
    });
    jest.advanceTimersByTime(10_000);
    await jest.runOnlyPendingTimersAsync();
    expect(runs).toBe(2);
    expect(errors.map((error) => (error as Error).message)).toEqual(['Asana did not answer']);
    await job.stop();
  });

  it('refuses an interval shorter than a second', () => {
    expect(() => timerScheduler(() => undefined).every(10, async () => undefined)).toThrow('A scheduled job needs an interval of at least 1000 ms; got 10');
  });
});
