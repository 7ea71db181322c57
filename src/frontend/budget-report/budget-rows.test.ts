import { rollUpBudgets } from '../../core/budget/rollup';
import { springOrganisation } from '../../core/budget/test-fixtures';
import { translatorFor } from '../shared/messages';
import { BudgetReportView } from '../shared/report-schemas';
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
    expect(rows?.byDimension.campaign).toEqual([{ dimension: 'campaign', key: 'WEB-1', name: 'WEB-1 Spring launch', planned: 5_000_000, committed: 4_304_000, actual: 5_600_000 }]);
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
