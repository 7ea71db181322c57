import { execFileSync, spawnSync } from 'node:child_process';
import { DEMO_TODAY, generateDemoOrganisation } from '../../demo';
import { organisationReport } from './report';

describe('organisationReport', () => {
  const text = organisationReport(generateDemoOrganisation(1), { asOf: DEMO_TODAY, weeks: 8, allAlerts: false });

  it('opens with the organisation and its size', () => {
    expect(text.split('\n')[0]).toBe('Mops — Kestrel Software — Marketing, as of 2026-11-23');
    expect(text).toMatch(/397 tasks · 25 people · 3 teams and 2 agencies · 5 projects · base currency EUR/);
  });

  it('shows the budget roll-up, the missing CHF rate and the overrun of Black Friday', () => {
    expect(text).toMatch(/GRW-17 Black Friday 2026 +47,726\.83 +59,266\.89 +58,388\.67 +122%/);
    expect(text).toMatch(/! Left out of the totals: 1 task in CHF/);
    expect(text).toMatch(/Campaign “Black Friday 2026” actual is 122% of planned/);
  });

  it('lists the over-allocated people by week', () => {
    expect(text).toMatch(/Piotr Zieliński +2026-W49 +120 h +40 h +300%/);
    expect(text).toMatch(/Harry Patel +2026-W50 +72 h +40 h +180%/);
  });

  it('lists the template violations with what to do', () => {
    expect(text).toMatch(/Template compliance: 6 of 9 tasks compliant/);
    expect(text).toMatch(/✗ Set the KPI\/goal: the Webinar template requires it before the task can start/);
  });
});

describe('the npm run report command', () => {
  const tsx = require.resolve('tsx/cli');

  it('prints the report and exits 0', () => {
    const output = execFileSync(process.execPath, [tsx, 'src/hosts/cli/main.ts', '--weeks', '4'], { encoding: 'utf8' });
    expect(output).toMatch(/Capacity: 25 people × 4 weeks from 2026-11-23/);
  });

  it('exits 2 with a specific message on a bad argument, printing no report', () => {
    const run = spawnSync(process.execPath, [tsx, 'src/hosts/cli/main.ts', '--as-of', 'tomorrow'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('--as-of: Date must look like 2026-11-23 (YYYY-MM-DD)');
    expect(run.stdout).toBe('');
  });
});
