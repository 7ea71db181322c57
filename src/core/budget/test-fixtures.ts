/**
 * A small marketing organisation for budget tests: one campaign running over plan, an events project
 * with a task in a currency that has no rate yet, and an empty portfolio. Amounts are chosen so every
 * converted figure is exact and the totals are round numbers a reader can check by hand.
 */
import type { ExchangeRateTable } from '../money/exchange-rates';
import type { Portfolio, Project, Team } from '../org/organisation';
import type { Task } from '../task/task';
import type { BudgetLine } from './budget-line';
import type { BudgetRollupInput } from './rollup';

/** A task with everything the roll-up does not read filled in plainly. */
export function aTask(fields: Pick<Task, 'id' | 'key' | 'title' | 'projectId'> & Partial<Task>): Task {
  return {
    description: '',
    type: 'task',
    labels: [],
    components: [],
    status: 'In Progress',
    statusCategory: 'in_progress',
    createdAt: '2026-01-05T09:00:00Z',
    fields: {},
    ...fields,
  };
}

export function eur(planned: number, committed: number, actual: number, category: string, vendor?: string): BudgetLine {
  return { planned, committed, actual, currency: 'EUR', category, ...(vendor === undefined ? {} : { vendor }) };
}

export const teams: Team[] = [
  { id: 'team-web', name: 'Web team', kind: 'internal' },
  { id: 'team-events', name: 'Events team', kind: 'internal' },
  { id: 'agency-north', name: 'North Studio', kind: 'agency' },
];

export const portfolios: Portfolio[] = [
  { id: 'brand', name: 'Brand' },
  { id: 'product', name: 'Product marketing' },
];

export const projects: Project[] = [
  { id: 'web', key: 'WEB', name: 'Web', portfolioId: 'brand', teamId: 'team-web' },
  { id: 'evt', key: 'EVT', name: 'Events', portfolioId: 'brand', teamId: 'team-events' },
];

/** Base EUR. USD changed rate on 1 March; the first GBP rate only arrives on 1 April. */
export const rates: ExchangeRateTable = {
  base: 'EUR',
  rates: [
    { currency: 'USD', date: '2026-01-01', rate: '0.92' },
    { currency: 'USD', date: '2026-03-01', rate: '0.91' },
    { currency: 'PLN', date: '2026-01-01', rate: '0.2325' },
    { currency: 'GBP', date: '2026-04-01', rate: '1.17' },
  ],
};

export const AS_OF = '2026-03-31';

/**
 * Spring launch (WEB-1): planned EUR 50,000.00, actual EUR 56,000.00.
 *   own            planned 12,960.00  committed      0.00  actual 12,960.00
 *   WEB-10 epic Landing pages (no budget of its own)
 *     WEB-11 Copywriting      8,000.00            8,000.00         8,000.00  agency, North Studio
 *       WEB-13 Translations   PLN 10,000 → 2,325.00  PLN 12,000 → 2,790.00 (committed and actual)
 *   WEB-12 Video shoot        3,965.00            9,500.00         9,500.00  production, North Studio
 *   WEB-14 Media buy          USD 25,000 → 22,750.00 (planned, committed and actual)
 * Events (EVT): EVT-1 booth EUR 20,000.00 planned / 15,000.00 committed; EVT-2 in GBP (no rate);
 * EVT-3 badges EUR 450.00 actual with nothing planned.
 */
export const tasks: Task[] = [
  aTask({ id: 'spring', key: 'WEB-1', title: 'Spring launch', projectId: 'web', type: 'campaign', budget: eur(1_296_000, 0, 1_296_000, 'media') }),
  aTask({ id: 'landing', key: 'WEB-10', title: 'Landing pages', projectId: 'web', type: 'epic', parentId: 'spring' }),
  aTask({
    id: 'copy',
    key: 'WEB-11',
    title: 'Copywriting',
    projectId: 'web',
    parentId: 'landing',
    budget: eur(800_000, 800_000, 800_000, 'agency', 'agency-north'),
  }),
  aTask({
    id: 'translations',
    key: 'WEB-13',
    title: 'Translations',
    projectId: 'web',
    type: 'subtask',
    parentId: 'copy',
    teamId: 'agency-north',
    budget: { planned: 1_000_000, committed: 1_200_000, actual: 1_200_000, currency: 'PLN', category: 'agency', vendor: 'LinguaPro' },
  }),
  aTask({
    id: 'video',
    key: 'WEB-12',
    title: 'Video shoot',
    projectId: 'web',
    parentId: 'spring',
    budget: eur(396_500, 950_000, 950_000, 'production', 'agency-north'),
  }),
  aTask({
    id: 'media',
    key: 'WEB-14',
    title: 'Media buy',
    projectId: 'web',
    parentId: 'spring',
    budget: { planned: 2_500_000, committed: 2_500_000, actual: 2_500_000, currency: 'USD', category: 'media' },
  }),
  aTask({ id: 'booth', key: 'EVT-1', title: 'Trade fair booth', projectId: 'evt', budget: eur(2_000_000, 1_500_000, 0, 'events', 'Messe Partner') }),
  aTask({
    id: 'roadshow',
    key: 'EVT-2',
    title: 'London roadshow',
    projectId: 'evt',
    budget: { planned: 120_000, committed: 0, actual: 30_000, currency: 'GBP', category: 'events' },
  }),
  aTask({ id: 'badges', key: 'EVT-3', title: 'Badge printing', projectId: 'evt', budget: eur(0, 0, 45_000, 'production') }),
];

export function springOrganisation(overrides: Partial<BudgetRollupInput> = {}): BudgetRollupInput {
  return { tasks, projects, portfolios, teams, rates, asOf: AS_OF, organisation: { id: 'acme', name: 'Acme' }, ...overrides };
}
