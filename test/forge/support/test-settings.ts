import type { Person } from '../../../src/core/capacity/calendar';
import type { SettingsInput } from '../../../src/core/settings/settings';
import type { TemplateInput } from '../../../src/core/templates';
import { demoSettings } from '../../../src/demo/settings';
import { type SiteIssue, STATUSES } from './fake-jira-site';

/** A five-step process for trade-fair stands: what the call budget of issue creation is measured on. */
export const TRADE_FAIR_TEMPLATE: TemplateInput = {
  id: 'trade-fair',
  name: 'Trade fair',
  version: 1,
  appliesTo: { taskTypes: ['trade fair'] },
  requiredFields: [
    { field: 'budget.planned', rule: 'positive', label: 'planned budget' },
    { field: 'dueDate', rule: 'set', label: 'due date (the opening day)' },
  ],
  steps: [
    { id: 'book-stand', title: 'Book the stand space', role: 'marketer', due: { workingDays: 30, relativeTo: 'due', direction: 'before' }, estimateMinutes: 120 },
    { id: 'stand-design', title: 'Design the stand and print files', role: 'designer', due: { workingDays: 15, relativeTo: 'due', direction: 'before' }, estimateMinutes: 960 },
    { id: 'shipping', title: 'Ship the stand and materials', role: 'marketer', due: { workingDays: 5, relativeTo: 'due', direction: 'before' }, estimateMinutes: 180 },
    { id: 'staff-rota', title: 'Staff rota and briefing', role: 'marketer', due: { workingDays: 2, relativeTo: 'due', direction: 'before' }, estimateMinutes: 90 },
    { id: 'leads-report', title: 'Leads report to sales', role: 'analyst', due: { workingDays: 5, relativeTo: 'due', direction: 'after' }, estimateMinutes: 120 },
  ],
  gates: [{ toStatusCategory: 'done', requiredSteps: ['shipping', 'leads-report'], requiredFields: true }],
  fieldDefaults: { labels: ['trade-fair'], budget: { category: 'events' } },
};

/** The demo organisation's money and calendars, with the trade-fair template as the only process. */
export function tradeFairSettings(): SettingsInput {
  return { ...demoSettings(), templates: [TRADE_FAIR_TEMPLATE] };
}

export const ANA: Person = {
  id: '5f8a1c2e3b4d5e0069a1b2c3',
  name: 'Ana Kowalska',
  teamId: 'events',
  roles: ['marketer'],
  calendar: { timeZone: 'Europe/Warsaw', minutesPerWeekday: [480, 480, 480, 480, 480, 0, 0], timeOff: [] },
};

/** A new trade-fair issue as Jira holds it right after someone created it. */
export function newTradeFair(overrides: Partial<SiteIssue> = {}): Omit<SiteIssue, 'properties'> {
  return {
    id: '10042',
    key: 'EVT-12',
    projectId: '10000',
    summary: 'Stand at the Warsaw marketing fair',
    description: 'Book a 20 m² stand at the Warsaw marketing fair, design it, ship it and staff it for three days.',
    type: 'Trade fair',
    status: STATUSES.toDo as SiteIssue['status'],
    created: '2026-11-23T09:30:00.000+0100',
    duedate: '2027-03-10',
    reporter: ANA.id,
    assignee: ANA.id,
    budget: { planned: 2_500_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
    ...overrides,
  };
}
