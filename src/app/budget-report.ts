import { budgetAlerts, type BudgetAlert, type BudgetRollup, rollUpBudgets } from '../core/budget';
import type { LocalDate } from '../core/dates/local-date';
import type { OrganisationSnapshot } from '../core/org/snapshot';

export interface BudgetReport {
  rollup: BudgetRollup;
  alerts: BudgetAlert[];
}

/**
 * The organisation's budget tree in its base currency, with the alerts its threshold rules raise.
 * @example budgetReport(generateDemoOrganisation(), '2026-11-23').alerts.length // 3
 */
export function budgetReport(organisation: OrganisationSnapshot, asOf: LocalDate): BudgetReport {
  const { settings } = organisation;
  const rollup = rollUpBudgets({
    tasks: organisation.tasks,
    projects: organisation.projects,
    portfolios: organisation.portfolios,
    teams: organisation.teams,
    rates: settings.exchangeRates,
    asOf,
    organisation: { id: 'organisation', name: organisation.name },
    categories: settings.costCategories,
  });
  return { rollup, alerts: budgetAlerts(rollup, settings.thresholds) };
}
