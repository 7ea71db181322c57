import { rollUpBudgets } from '../../core/budget/rollup';
import { aTask, eur, springOrganisation } from '../../core/budget/test-fixtures';
import { projectsOfTasks, SITE_PORTFOLIO } from '../../hosts/jira/reports/organisation-of-tasks';
import { translatorFor } from '../shared/messages';
import { BudgetReportView } from '../shared/report-schemas';
import { budgetCsv } from './budget-csv';
import { budgetRows } from './budget-rows';

/** The core's Spring launch organisation, sent as JSON and parsed the way the report parses it. */
function springReport(): BudgetReportView {
  return BudgetReportView.parse(JSON.parse(JSON.stringify({ rollup: rollUpBudgets(springOrganisation()), alerts: [] })));
}

const sum = (rows: ReadonlyArray<{ planned: number }>) => rows.reduce((total, row) => total + row.planned, 0);

describe('budgetRows', () => {
  it('cuts the Web project’s €50,000 plan by campaign, category, team and vendor, each adding up to the project', () => {
    const rows = budgetRows(springReport(), 'web', translatorFor('en'));
    expect(rows).toMatchObject({ scope: 'project', base: 'EUR', asOf: '2026-03-31', total: { planned: 5_000_000, committed: 4_304_000, actual: 5_600_000 } });
    expect(rows?.byDimension.campaign).toEqual([{ dimension: 'campaign', key: 'WEB-1', name: 'WEB-1 Spring launch', level: 'campaign', planned: 5_000_000, committed: 4_304_000, actual: 5_600_000 }]);
    expect(rows?.byDimension.category.map((row) => [row.name, row.planned])).toEqual([
      ['Media', 3_571_000],
      ['Agency', 1_032_500],
      ['Production', 396_500],
    ]);
    expect(rows?.byDimension.vendor.map((row) => row.name)).toEqual(['In-house', 'North Studio', 'LinguaPro']);
    for (const dimension of ['category', 'team', 'vendor'] as const) expect(sum(rows?.byDimension[dimension] ?? [])).toBe(5_000_000);
  });

  it('names categories and in-house work in the reader’s language, vendors and teams as entered', () => {
    const rows = budgetRows(springReport(), undefined, translatorFor('pl'));
    expect(rows?.scope).toBe('organisation');
    expect(rows?.byDimension.category.map((row) => row.name)).toEqual(['Media', 'Wydarzenia', 'Agencja', 'Produkcja']);
    expect(rows?.byDimension.vendor.map((row) => row.name)).toEqual(['We własnym zakresie', 'Messe Partner', 'North Studio', 'LinguaPro']);
    expect(rows?.byDimension.team.map((row) => row.name)).toEqual(['Web team', 'Events team', 'North Studio']);
  });
});

/** A Jira site as its report sees it: one site portfolio, projects whose only name is their key, no campaigns. */
function jiraSiteReport(): BudgetReportView {
  const tasks = [
    aTask({ id: '10042', key: 'WEB-12', title: 'Landing page for the spring launch', projectId: '10000', budget: eur(1_200_000, 0, 300_000, 'agency') }),
    aTask({ id: '10077', key: 'EVT-4', title: 'Booth at the Warsaw trade fair', projectId: '10001', budget: eur(2_000_000, 0, 0, 'events') }),
  ];
  const rollup = rollUpBudgets(springOrganisation({ portfolios: [SITE_PORTFOLIO], projects: projectsOfTasks(tasks), tasks }));
  return BudgetReportView.parse(JSON.parse(JSON.stringify({ rollup, alerts: [] })));
}

describe('budgetRows of a Jira site', () => {
  it('lists its projects by key once, and the CSV calls them projects, not campaigns', () => {
    const rows = budgetRows(jiraSiteReport(), undefined, translatorFor('en'));
    expect(rows?.byDimension.campaign.map((row) => [row.key, row.name, row.level, row.planned])).toEqual([
      ['WEB', 'WEB', 'project', 1_200_000],
      ['EVT', 'EVT', 'project', 2_000_000],
    ]);
    if (rows === undefined) throw new Error('the Jira site has a budget line');
    const csv = budgetCsv(rows, translatorFor('pl'));
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['Projekt,WEB,WEB,EUR,12000.00,0.00,3000.00', 'Projekt,EVT,EVT,EUR,20000.00,0.00,0.00']);
  });
});
