import { budgetReport } from '../../app/budget-report';
import { capacityReport } from '../../app/capacity-report';
import { complianceReport } from '../../app/compliance-report';
import type { LocalDate } from '../../core/dates/local-date';
import type { OrganisationSnapshot } from '../../core/org/snapshot';
import { renderBudget } from './render-budget';
import { renderCapacity } from './render-capacity';
import { renderCompliance } from './render-compliance';

export interface ReportOptions {
  asOf: LocalDate;
  weeks: number;
  allAlerts: boolean;
}

/** The organisation's budget roll-up with alerts, over-allocated people by week and template violations, as text. */
export function organisationReport(organisation: OrganisationSnapshot, options: ReportOptions): string {
  const agencies = organisation.teams.filter((team) => team.kind === 'agency').length;
  return [
    `Mops — ${organisation.name}, as of ${options.asOf}`,
    `${organisation.tasks.length} tasks · ${organisation.people.length} people · ${organisation.teams.length - agencies} teams and ${agencies} agencies · ` +
      `${organisation.projects.length} projects · base currency ${organisation.settings.baseCurrency}`,
    ...renderBudget(budgetReport(organisation, options.asOf), options),
    ...renderCapacity(capacityReport(organisation, { start: options.asOf, weeks: options.weeks }), organisation),
    ...renderCompliance(complianceReport(organisation, options.asOf)),
    '',
  ].join('\n');
}
