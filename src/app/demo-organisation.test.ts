import { DEMO_PLANTED, DEMO_TODAY, generateDemoOrganisation } from '../demo';
import { budgetReport } from './budget-report';
import { capacityReport } from './capacity-report';
import { complianceReport } from './compliance-report';

// The use cases run end to end over the seeded demo organisation and find exactly what was planted.
const organisation = generateDemoOrganisation(1);

describe('budgetReport on the demo organisation', () => {
  const report = budgetReport(organisation, DEMO_TODAY);

  it('raises overrun alerts on exactly the campaigns planted over budget', () => {
    const overrun = report.alerts.filter((alert) => alert.level === 'campaign' && alert.rule.metric === 'actual').map((alert) => alert.entityId);
    expect(overrun.sort()).toEqual([...DEMO_PLANTED.overBudgetCampaignIds].sort());
  });

  it('warns on committed spend for the campaign planted near its limit, and says which tasks drove it', () => {
    const warning = report.alerts.find((alert) => alert.entityId === DEMO_PLANTED.committedWarningCampaignIds[0] && alert.rule.metric === 'committed');
    expect(warning?.percentReachedBasisPoints).toBeGreaterThanOrEqual(9000);
    expect(warning?.drivers.length).toBeGreaterThan(0);
  });

  it('leaves the CHF task out of the totals with an explicit error on the organisation line', () => {
    const root = report.rollup.lines[report.rollup.rootId];
    expect(root?.missingRates).toEqual([expect.objectContaining({ currency: 'CHF', taskIds: [DEMO_PLANTED.missingRate.taskId] })]);
  });
});

describe('capacityReport on the demo organisation', () => {
  const report = capacityReport(organisation, { start: DEMO_TODAY, weeks: 12 });

  it('finds the planted double bookings, with the tasks responsible', () => {
    const found = report.doubleBookings.map((booking) => ({
      personId: booking.personId,
      week: booking.period.start,
      taskIds: booking.tasks.map((task) => task.taskId).sort(),
    }));
    const planted = DEMO_PLANTED.overAllocations.map((over) => ({ personId: over.personId, week: over.week, taskIds: [...over.taskIds].sort() }));
    expect(found).toEqual(expect.arrayContaining(planted));
    expect(found).toHaveLength(planted.length);
  });

  it('keeps unassigned and unestimated work visible instead of dropping it', () => {
    const reasons = new Set(report.grid.unallocated.map((task) => task.reason));
    expect([...reasons]).toEqual(expect.arrayContaining(['unassigned', 'unestimated']));
  });

  it('narrows to one team when asked', () => {
    const growth = organisation.teams.find((team) => team.name.startsWith('Growth'));
    const narrowed = capacityReport(organisation, { start: DEMO_TODAY, weeks: 12 }, { teamIds: [growth?.id ?? ''] });
    expect(narrowed.grid.people.length).toBeGreaterThan(0);
    expect(narrowed.grid.people.every((person) => person.teamId === growth?.id)).toBe(true);
    expect(narrowed.doubleBookings.map((booking) => booking.personId)).toEqual(['p-harry-patel']);
  });
});

describe('complianceReport on the demo organisation', () => {
  const summary = complianceReport(organisation, DEMO_TODAY);

  it('lists exactly the planted template violations as non-compliant, first', () => {
    const failing = summary.tasks.filter((entry) => !entry.report.compliant).map((entry) => entry.task.id);
    expect(failing.sort()).toEqual(DEMO_PLANTED.templateViolations.map((violation) => violation.taskId).sort());
    expect(summary.tasks.slice(0, failing.length).every((entry) => !entry.report.compliant)).toBe(true);
  });

  it('counts the compliant template tasks', () => {
    expect(summary.compliant).toBe(DEMO_PLANTED.compliantTemplateTaskIds.length);
    expect(summary.checked).toBe(DEMO_PLANTED.compliantTemplateTaskIds.length + DEMO_PLANTED.templateViolations.length);
  });

  it('names the missing fields of the Russian webinar in words a person can act on', () => {
    const webinar = summary.tasks.find((entry) => entry.task.id === 'tpl-webinar-biznes-plus');
    const fields = webinar?.report.findings.map((finding) => finding.field).filter(Boolean);
    expect(fields).toEqual(expect.arrayContaining(['fields.kpi', 'budget.planned']));
    expect(webinar?.report.findings.map((finding) => finding.message).join('\n')).toMatch(/Set the KPI\/goal/);
  });
});
