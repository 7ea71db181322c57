import { parseArguments } from './arguments';

describe('parseArguments', () => {
  it('uses the demo defaults when nothing is given', () => {
    expect(parseArguments([])).toEqual({ ok: true, options: { seed: 1, weeks: 8, allAlerts: false } });
  });

  it('reads every flag', () => {
    expect(parseArguments(['--seed', '7', '--as-of', '2026-12-01', '--weeks', '12', '--all-alerts'])).toEqual({
      ok: true,
      options: { seed: 7, asOf: '2026-12-01', weeks: 12, allAlerts: true },
    });
  });

  it('names the flag and what it accepts when a value is wrong', () => {
    expect(parseArguments(['--as-of', '01/12/2026'])).toEqual({ ok: false, error: '--as-of: Date must look like 2026-11-23 (YYYY-MM-DD)' });
    expect(parseArguments(['--weeks', '60'])).toEqual({ ok: false, error: '--weeks: must be between 1 and 52' });
  });

  it('refuses unknown flags and flags with no value, showing the usage', () => {
    expect(parseArguments(['--color'])).toEqual({ ok: false, error: expect.stringMatching(/^Unknown argument "--color"\. Usage: npm run report/) });
    expect(parseArguments(['--seed'])).toEqual({ ok: false, error: expect.stringMatching(/^--seed needs a value\./) });
  });
});
