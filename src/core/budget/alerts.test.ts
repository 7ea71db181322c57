import fc from 'fast-check';
import { type BudgetAlert, budgetAlerts } from './alerts';
import { rollUpBudgets } from './rollup';
import { aTask, eur, springOrganisation } from './test-fixtures';
import type { ThresholdRule } from './thresholds';

const spring = rollUpBudgets(springOrganisation());

function only(alerts: BudgetAlert[], lineId: string): BudgetAlert {
  const found = alerts.filter((alert) => alert.lineId === lineId);
  if (found.length !== 1) throw new Error(`expected one alert on ${lineId}, got ${found.length}`);
  return found[0] as BudgetAlert;
}

describe('budgetAlerts', () => {
  const overrun: ThresholdRule = { id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['campaign'] };

  it('flags the Spring launch campaign at 112% of plan and names the video shoot, which ran over its own plan', () => {
    const alerts = budgetAlerts(spring, [overrun]);
    expect(alerts).toHaveLength(1);
    const alert = only(alerts, 'task:spring');
    expect(alert).toMatchObject({
      kind: 'threshold-reached',
      entityId: 'spring',
      name: 'Spring launch',
      level: 'campaign',
      key: 'WEB-1',
      rule: overrun,
      currency: 'EUR',
      planned: 5_000_000,
      value: 5_600_000,
      thresholdAmount: 5_000_000,
      percentReachedBasisPoints: 11_200,
      overBy: 600_000,
      missingRates: [],
    });
    expect(alert.message).toBe(
      'Campaign “Spring launch” actual is 112% of planned (EUR 56,000.00 of EUR 50,000.00, over by EUR 6,000.00); most from WEB-12 Video shoot (EUR 9,500.00)',
    );
  });

  it('puts tasks over their own plan first among the drivers of an overrun, then the largest', () => {
    const [alert] = budgetAlerts(spring, [overrun]);
    expect(alert?.drivers.map((driver) => [driver.key, driver.value, driver.planned, driver.overOwnPlan])).toEqual([
      ['WEB-12', 950_000, 396_500, true],
      ['WEB-13', 279_000, 232_500, true],
      ['WEB-14', 2_275_000, 2_275_000, false],
      ['WEB-1', 1_296_000, 1_296_000, false],
      ['WEB-11', 800_000, 800_000, false],
    ]);
  });

  it('warns early when committed money reaches 80% of a project plan, ranking drivers by amount alone', () => {
    const early: ThresholdRule = { id: 'early', metric: 'committed', percentOfPlanned: 80, levels: ['project'] };
    const alerts = budgetAlerts(spring, [early]);
    // Events has EUR 15,000.00 of EUR 20,000.00 committed: 75%, below the threshold.
    expect(alerts.map((alert) => alert.lineId)).toEqual(['project:web']);
    const [web] = alerts;
    expect(web).toMatchObject({ planned: 5_000_000, value: 4_304_000, thresholdAmount: 4_000_000, percentReachedBasisPoints: 8_608, overBy: 304_000 });
    expect(web?.message).toBe('Project “Web” committed is 86% of planned (EUR 43,040.00 of EUR 50,000.00, EUR 3,040.00 past the 80% threshold); most from WEB-14 Media buy (EUR 22,750.00)');
    // The campaign's own line has nothing committed, so only four tasks drive it.
    expect(web?.drivers.map((driver) => driver.key)).toEqual(['WEB-14', 'WEB-12', 'WEB-11', 'WEB-13']);
    expect(budgetAlerts(spring, [{ ...early, percentOfPlanned: 90 }])).toEqual([]);
  });

  it('calls money spent on a task with nothing planned "spent with no plan", and stays quiet about a task with neither', () => {
    const alerts = budgetAlerts(spring, [{ id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['task'] }]);
    const badges = only(alerts, 'task:badges');
    expect(badges).toMatchObject({ kind: 'spent-with-no-plan', planned: 0, value: 45_000, thresholdAmount: 0, percentReachedBasisPoints: null, overBy: 45_000 });
    expect(badges.message).toBe('Task “Badge printing” has EUR 450.00 actual spend with no planned budget');
    expect(alerts.map((alert) => alert.lineId)).toEqual(['task:copy', 'task:translations', 'task:video', 'task:media', 'task:badges']);
  });

  it('words a task alert without pointing at itself, and a parent task alert at its subtask', () => {
    const alerts = budgetAlerts(spring, [{ id: 'overrun', metric: 'actual', percentOfPlanned: 100, levels: ['task'] }]);
    expect(only(alerts, 'task:video').message).toBe('Task “Video shoot” actual is 239% of planned (EUR 9,500.00 of EUR 3,965.00, over by EUR 5,535.00)');
    expect(only(alerts, 'task:media').message).toBe('Task “Media buy” actual is 100% of planned (EUR 22,750.00 of EUR 22,750.00, reaching the 100% threshold)');
    expect(only(alerts, 'task:copy').message).toBe(
      'Task “Copywriting” actual is 104% of planned (EUR 10,790.00 of EUR 10,325.00, over by EUR 465.00); most from WEB-13 Translations (EUR 2,790.00)',
    );
  });

  it('checks every level, the organisation included, when a rule names none, and says what a missing rate left out', () => {
    const alerts = budgetAlerts(spring, [{ id: 'early', metric: 'committed', percentOfPlanned: 80 }]);
    expect(alerts.map((alert) => alert.lineId)).toEqual([
      'organisation:acme',
      'portfolio:brand',
      'project:web',
      'task:spring',
      'task:landing',
      'task:copy',
      'task:translations',
      'task:video',
      'task:media',
    ]);
    const organisation = only(alerts, 'organisation:acme');
    expect(organisation.percentReachedBasisPoints).toBe(8_291);
    expect(organisation.missingRates.map((missing) => missing.taskIds)).toEqual([['roadshow']]);
    expect(organisation.message).toBe(
      'Organisation “Acme” committed is 82% of planned (EUR 58,040.00 of EUR 70,000.00, EUR 2,040.00 past the 80% threshold); ' +
        'most from WEB-14 Media buy (EUR 22,750.00); excludes 1 task in GBP with no exchange rate on or before 2026-03-31',
    );
  });

  it('rounds the threshold amount half to even and still never reports a negative overrun', () => {
    const banner = (planned: number, actual: number) =>
      rollUpBudgets(springOrganisation({ tasks: [aTask({ id: 'banner', key: 'WEB-30', title: 'Banner', projectId: 'web', budget: eur(planned, 0, actual, 'production') })] }));
    const ninety: ThresholdRule = { id: 'ninety', metric: 'actual', percentOfPlanned: 90, levels: ['task'] };
    // 90% of EUR 3.33 is 2.997: 300 cents reach it, 299 do not.
    expect(budgetAlerts(banner(333, 299), [ninety])).toEqual([]);
    const [reached] = budgetAlerts(banner(333, 300), [ninety]);
    expect(reached).toMatchObject({ thresholdAmount: 300, overBy: 0, percentReachedBasisPoints: 9_009 });
    expect(reached?.message).toBe('Task “Banner” actual is 90% of planned (EUR 3.00 of EUR 3.33, reaching the 90% threshold)');
    // 90% of 5 cents is 4.5, which rounds to the even 4; only 5 cents reach it.
    expect(budgetAlerts(banner(5, 4), [ninety])).toEqual([]);
    expect(budgetAlerts(banner(5, 5), [ninety])[0]).toMatchObject({ thresholdAmount: 4, overBy: 1 });
  });

  it('alerts exactly when value × 100 ≥ percent × planned, never shows less than the rule’s percent, and never a negative overrun', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 20_000_000 }), fc.integer({ min: 1, max: 1000 }), (planned, actual, percent) => {
        const rollup = rollUpBudgets(
          springOrganisation({ tasks: [aTask({ id: 'one', key: 'WEB-1', title: 'One', projectId: 'web', budget: eur(planned, 0, actual, 'media') })] }),
        );
        const alerts = budgetAlerts(rollup, [{ id: 'rule', metric: 'actual', percentOfPlanned: percent, levels: ['task'] }]);
        const expected = planned > 0 ? actual * 100 >= percent * planned : actual > 0;
        expect(alerts).toHaveLength(expected ? 1 : 0);
        const [alert] = alerts;
        if (alert === undefined) return;
        expect(alert.overBy).toBeGreaterThanOrEqual(0);
        if (alert.percentReachedBasisPoints !== null) expect(alert.percentReachedBasisPoints).toBeGreaterThanOrEqual(percent * 100);
      }),
    );
  });
});
