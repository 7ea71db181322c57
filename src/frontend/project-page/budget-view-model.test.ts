import { budgetAlerts } from '../../core/budget/alerts';
import { rollUpBudgets } from '../../core/budget/rollup';
import { aTask, eur, springOrganisation } from '../../core/budget/test-fixtures';
import type { Task } from '../../core/task/task';
import { projectsOfTasks, SITE_PORTFOLIO } from '../../hosts/jira/reports/organisation-of-tasks';
import type { ThresholdRule } from '../../core/budget/thresholds';
import { translatorFor } from '../shared/messages';
import { BudgetReportView } from '../shared/report-schemas';
import { alertViews, budgetScope, budgetTable, spentOfPlanned } from './budget-view-model';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const en = translatorFor('en');

const RULES: ThresholdRule[] = [
  { id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['campaign'] },
  { id: 'early-warning', metric: 'committed', percentOfPlanned: 80, levels: ['campaign'] },
  { id: 'task-overrun', metric: 'actual', percentOfPlanned: 100, levels: ['task'] },
];

/** The core's Spring launch organisation, sent as JSON and parsed the way the page parses it. */
function springReport(): BudgetReportView {
  const rollup = rollUpBudgets(springOrganisation());
  return BudgetReportView.parse(JSON.parse(JSON.stringify({ rollup, alerts: budgetAlerts(rollup, RULES) })));
}

describe('budgetTable', () => {
  it('lists the Web project’s Spring launch campaign over plan, in euro, with the project total', () => {
    const table = budgetTable(springReport(), 'web', en, 'en');
    expect(table?.caption).toBe('Campaigns in this project, in EUR at the rates of Mar 31, 2026');
    expect(table?.rows).toEqual([
      { key: 'task:spring', name: 'WEB-1 Spring launch', level: 'Campaign', planned: '€50,000.00', committed: '€43,040.00', actual: '€56,000.00', spent: '112%', over: true },
    ]);
    expect(table?.total).toMatchObject({ name: 'Total', planned: '€50,000.00', actual: '€56,000.00', over: true });
    expect(table?.missingRates).toBeUndefined();
  });

  it('falls back to the lines under a project with no campaigns, and names the currency left out', () => {
    const table = budgetTable(springReport(), 'evt', en, 'en');
    expect(table?.rows.map((row) => [row.name, row.level, row.planned, row.actual, row.spent])).toEqual([
      ['EVT-1 Trade fair booth', 'Task', '€20,000.00', '€0.00', '0%'],
      ['EVT-2 London roadshow', 'Task', '€0.00', '€0.00', '–'],
      ['EVT-3 Badge printing', 'Task', '€0.00', '€450.00', '–'],
    ]);
    expect(table?.missingRates).toBe('Left out for want of an exchange rate: GBP. Ask your Jira admin to add the rates.');
  });

  it('reports on the whole organisation when the page’s project has no budget line', () => {
    const table = budgetTable(springReport(), '10999', translatorFor('pl'), 'pl');
    expect(table?.caption).toBe('Wszystkie kampanie, w EUR po kursach z 31 mar 2026');
    expect(table?.rows.map((row) => row.key)).toEqual(['task:spring']);
    expect(plain(table?.total.planned ?? '')).toBe('70 000,00 €');
    expect(budgetScope(springReport(), undefined)?.scope).toBe('organisation');
  });
});

/** An Asana workspace as its report sees it: the workspace its one portfolio, two projects known by gid, no campaigns. */
function workspaceReport(): BudgetReportView {
  const workspace = { id: 'asana-workspace:1200000000000001', name: 'Kestrel Marketing' };
  const rollup = rollUpBudgets(
    springOrganisation({
      portfolios: [workspace],
      projects: [
        { id: '1300000000000005', key: '1300000000000005', name: 'Brand campaigns EMEA', portfolioId: workspace.id },
        { id: '1300000000000006', key: '1300000000000006', name: 'Agency deliverables — Brightwave', portfolioId: workspace.id },
      ],
      tasks: [
        aTask({ id: 'asana:1300000000000021', key: '1300000000000021', title: 'Paid social campaign for the winter sale', projectId: '1300000000000005', budget: eur(500_000, 0, 0, 'media') }),
        aTask({ id: 'asana:1300000000000022', key: '1300000000000022', title: 'Book a photographer', projectId: '1300000000000005', budget: eur(240_000, 0, 0, 'production') }),
        aTask({ id: 'asana:1300000000000023', key: '1300000000000023', title: 'Hire a photographer', projectId: '1300000000000006', budget: eur(185_050, 0, 0, 'production') }),
      ],
      organisation: workspace,
    }),
  );
  return BudgetReportView.parse(JSON.parse(JSON.stringify({ rollup, alerts: [] })));
}

describe('budgetTable of an Asana workspace', () => {
  it('lists each Asana project by its name and planned total, not the workspace’s one portfolio', () => {
    const table = budgetTable(workspaceReport(), undefined, en, 'en');
    expect(table?.rows.map((row) => [row.name, row.level, row.planned])).toEqual([
      ['Brand campaigns EMEA', 'Project', '€7,400.00'],
      ['Agency deliverables — Brightwave', 'Project', '€1,850.50'],
    ]);
    expect(table?.total.planned).toBe('€9,250.50');
  });
});

/** A Jira site as its report sees it: the site its one portfolio, projects known by key alone (name === key), no campaigns. */
function jiraSiteReport(tasks: Task[]): BudgetReportView {
  const rollup = rollUpBudgets(springOrganisation({ portfolios: [SITE_PORTFOLIO], projects: projectsOfTasks(tasks), tasks, organisation: { id: 'acme', name: 'Acme Marketing' } }));
  return BudgetReportView.parse(JSON.parse(JSON.stringify({ rollup, alerts: [] })));
}

describe('budgetTable of a Jira site', () => {
  const siteTasks = [
    aTask({ id: '10042', key: 'WEB-12', title: 'Landing page for the spring launch', projectId: '10000', budget: eur(1_200_000, 0, 300_000, 'agency') }),
    aTask({ id: '10043', key: 'WEB-13', title: 'Paid search for the spring launch', projectId: '10000', budget: eur(800_000, 0, 0, 'media') }),
    aTask({ id: '10077', key: 'EVT-4', title: 'Booth at the Warsaw trade fair', projectId: '10001', budget: eur(2_000_000, 0, 0, 'events') }),
  ];

  it('lists the site’s projects once each by key, never “WEB WEB”, adding up to the organisation', () => {
    const table = budgetTable(jiraSiteReport(siteTasks), undefined, en, 'en');
    expect(table?.caption).toBe('All campaigns, in EUR at the rates of Mar 31, 2026');
    expect(table?.rows.map((row) => [row.name, row.level, row.planned, row.actual])).toEqual([
      ['WEB', 'Project', '€20,000.00', '€3,000.00'],
      ['EVT', 'Project', '€20,000.00', '€0.00'],
    ]);
    expect(table?.total.planned).toBe('€40,000.00');
  });

  it('on a project page of the site, lists that project’s issues by key and summary', () => {
    const table = budgetTable(jiraSiteReport(siteTasks), '10000', en, 'en');
    expect(table?.rows.map((row) => row.name)).toEqual(['WEB-12 Landing page for the spring launch', 'WEB-13 Paid search for the spring launch']);
  });

  it('with no issues yet, has no rows to list rather than a row for the site', () => {
    const table = budgetTable(jiraSiteReport([]), undefined, en, 'en');
    expect(table?.rows).toEqual([]);
    expect(table?.total.planned).toBe('€0.00');
  });
});

describe('spentOfPlanned', () => {
  it('is exact for amounts beyond float precision and a dash with no plan', () => {
    expect(spentOfPlanned(5_600_000, 5_000_000, 'en')).toBe('112%');
    expect(spentOfPlanned(9_007_199_254_740_991, 9_007_199_254_740_990, 'en')).toBe('100%');
    expect(spentOfPlanned(45_000, 0, 'en')).toBe('–');
  });
});

describe('alertViews', () => {
  it('words the project’s alerts from their numbers, overruns as errors and early warnings as warnings', () => {
    const alerts = alertViews(springReport(), 'web', en, 'en');
    expect(alerts.filter((alert) => alert.key.startsWith('task:spring:'))).toEqual([
      { key: 'task:spring:overrun', text: 'Campaign “WEB-1 Spring launch”: actual is 112% of planned (€56,000.00 of €50,000.00).', appearance: 'error' },
      { key: 'task:spring:early-warning', text: 'Campaign “WEB-1 Spring launch”: committed is 86% of planned (€43,040.00 of €50,000.00).', appearance: 'warning' },
    ]);
    expect(alerts.some((alert) => alert.key.startsWith('task:badges'))).toBe(false);
  });

  it('keeps another project’s alerts off this page, and says when money was spent with nothing planned', () => {
    const alerts = alertViews(springReport(), 'evt', translatorFor('ru'), 'ru');
    expect(alerts.map((alert) => ({ ...alert, text: plain(alert.text) }))).toEqual([
      { key: 'task:badges:task-overrun', text: 'Задача «EVT-3 Badge printing»: факт 450,00 € без плана.', appearance: 'error' },
    ]);
  });
});
