import type { LocalDate } from '../core/dates/local-date';
import type { BudgetLine } from '../core/budget/budget-line';
import { budgetLineFor } from './budget';
import { CAMPAIGN, type BudgetProfile, type DemoCurrency, PROJECT } from './campaigns';
import { TEAM } from './people';
import { addTask, createdAtFor, type DemoContext, DEMO_TODAY, statusFor } from './tasks';

/**
 * The problems deliberately hidden in the demo organisation, so tests of the capacity, budget,
 * template and duplicate modules can check that they find them. Weeks are named by their Monday.
 */
export const DEMO_PLANTED = {
  today: DEMO_TODAY,
  overAllocations: [
    { personId: 'p-piotr-zielinski', week: '2026-11-30', taskIds: ['plt-piotr-homepage', 'plt-piotr-christmas-cards', 'plt-piotr-packaging'] },
    { personId: 'p-harry-patel', week: '2026-12-07', taskIds: ['plt-harry-q1-budget', 'plt-harry-ad-audit', 'plt-harry-agency-review'] },
    { personId: 'p-katarzyna-wisniewska', week: '2027-01-11', taskIds: ['plt-katarzyna-brand-voice', 'plt-katarzyna-call-scripts'] },
  ],
  /** Campaigns whose actual spend (whole subtree, in EUR) is above what was planned. */
  overBudgetCampaignIds: [CAMPAIGN.blackFriday, CAMPAIGN.tradeFairs],
  /** Campaigns at or above the 90 % committed warning but not over budget. */
  committedWarningCampaignIds: [CAMPAIGN.brandRefresh],
  templateViolations: [
    { taskId: 'tpl-webinar-biznes-plus', templateId: 'webinar', problem: 'required-fields-missing', fields: ['fields.kpi', 'budget.planned'], stepIds: [] },
    { taskId: 'tpl-email-biznes-plus-wave-2', templateId: 'email-campaign', problem: 'gate-steps-not-done', fields: [], stepIds: ['copy-review', 'build-and-test', 'tracking'] },
    { taskId: 'tpl-launch-atlas-3', templateId: 'product-launch', problem: 'steps-missing', fields: [], stepIds: ['press-release', 'sales-enablement', 'launch-tracking'] },
  ],
  /** Template tasks that follow their template fully as of `today`. */
  compliantTemplateTaskIds: [
    'tpl-webinar-q1-planning',
    'tpl-webinar-budget-rollups',
    'tpl-webinar-atlas-29',
    'tpl-email-black-friday',
    'tpl-email-biznes-plus-wave-1',
    'tpl-launch-atlas-mobile',
  ],
  duplicatePairs: [
    { taskIds: ['dup-photographer-brd', 'dup-photographer-atl'], languages: 'en/en', why: 'same product photoshoot, booked by Brand and by the creative agency' },
    { taskIds: ['dup-tariff-email-ru', 'dup-tariff-email-en'], languages: 'ru/en', why: 'same customer email about the Business+ plan, in Moscow and in London' },
    { taskIds: ['dup-bf-social-brand', 'dup-bf-social-agency'], languages: 'pl/pl', why: 'same Black Friday social posts, in-house and at the agency' },
    { taskIds: ['dup-stock-photo-grw', 'dup-stock-photo-brd'], languages: 'en/pl', why: 'same Shutterstock photo 2298765432 licensed twice' },
    { taskIds: ['dup-one-pager-atl', 'dup-one-pager-brd'], languages: 'en/pl', why: 'same Polish translation of the Atlas 3 one-pager' },
  ],
  /** The one budget in a currency the exchange-rate table has no rate for. */
  missingRate: { taskId: 'plt-zurich-venue-deposit', currency: 'CHF' },
} as const;

interface PlantedTask {
  id: string;
  title: string;
  description: string;
  projectId: string;
  teamId: string;
  parentId?: string;
  assigneeId: string;
  start: LocalDate;
  due: LocalDate;
  estimateMinutes: number;
  cost?: { category: string; euros: number; currency: DemoCurrency; profile: BudgetProfile };
  budget?: BudgetLine;
}

function addPlanted(context: DemoContext, planted: PlantedTask, createdOf: (id: string) => string | undefined): void {
  const { random } = context;
  const person = context.people.find((candidate) => candidate.id === planted.assigneeId);
  if (person === undefined) throw new Error(`Planted task ${planted.id} names unknown person ${planted.assigneeId}`);
  // Booked without a capacity check: these tasks are the planted load itself.
  context.ledger.book(person, planted.start, planted.due, planted.estimateMinutes);
  const status = statusFor(random, planted.start, planted.due);
  const { cost } = planted;
  const budget = planted.budget ?? (cost && budgetLineFor(random, cost.profile, status.statusCategory, cost.currency, cost.category, cost.euros, planted.teamId));
  addTask(context, {
    id: planted.id,
    title: planted.title,
    description: planted.description,
    projectId: planted.projectId,
    teamId: planted.teamId,
    ...(planted.parentId === undefined ? {} : { parentId: planted.parentId }),
    type: 'task',
    ...status,
    assigneeId: planted.assigneeId,
    createdAt: createdAtFor(random, planted.start, planted.parentId === undefined ? undefined : createdOf(planted.parentId)),
    startDate: planted.start,
    dueDate: planted.due,
    estimateMinutes: planted.estimateMinutes,
    remainingMinutes: status.statusCategory === 'done' ? 0 : planted.estimateMinutes,
    ...(budget ? { budget } : {}),
  });
}

const FULL_WEEK = 40 * 60;
const THREE_DAYS = 24 * 60;

const OVERLOAD: PlantedTask[] = [
  { id: 'plt-piotr-homepage', title: 'Zaprojektować nową stronę główną po odświeżeniu marki', description: 'Makiety desktop i mobile strony głównej w nowej identyfikacji, z sekcją o Atlas 3.', projectId: PROJECT.brand, teamId: TEAM.brand, parentId: 'epic-br-identity', assigneeId: 'p-piotr-zielinski', start: '2026-11-30', due: '2026-12-04', estimateMinutes: FULL_WEEK },
  { id: 'plt-piotr-christmas-cards', title: 'Przygotować kartki świąteczne dla klientów i partnerów', description: 'Kartka drukowana i wersja elektroniczna, po polsku, angielsku i niemiecku.', projectId: PROJECT.brand, teamId: TEAM.brand, assigneeId: 'p-piotr-zielinski', start: '2026-11-30', due: '2026-12-04', estimateMinutes: FULL_WEEK },
  { id: 'plt-piotr-packaging', title: 'Adapt Atlas 3 packaging artwork to the new brand', description: 'Box, sleeve and quick-start card artwork in the new identity, print-ready for the January run.', projectId: PROJECT.launch, teamId: TEAM.brand, parentId: CAMPAIGN.atlasLaunch, assigneeId: 'p-piotr-zielinski', start: '2026-11-30', due: '2026-12-04', estimateMinutes: FULL_WEEK },
  { id: 'plt-harry-q1-budget', title: 'Build Q1 2027 paid social budget model', description: 'Spend by channel and month for Q1, with the cost-per-lead targets finance asked for.', projectId: PROJECT.growth, teamId: TEAM.growth, assigneeId: 'p-harry-patel', start: '2026-12-07', due: '2026-12-11', estimateMinutes: THREE_DAYS },
  { id: 'plt-harry-ad-audit', title: 'Audit ad accounts and billing before year end', description: 'Check access, payment methods and open invoices on every ad account before the books close.', projectId: PROJECT.growth, teamId: TEAM.growth, assigneeId: 'p-harry-patel', start: '2026-12-07', due: '2026-12-11', estimateMinutes: THREE_DAYS },
  { id: 'plt-harry-agency-review', title: 'Prepare quarterly performance review of Brightwave Media', description: 'Spend, delivery against plan and the three things to change next quarter.', projectId: PROJECT.growth, teamId: TEAM.growth, assigneeId: 'p-harry-patel', start: '2026-12-07', due: '2026-12-11', estimateMinutes: THREE_DAYS },
  { id: 'plt-katarzyna-brand-voice', title: 'Napisać rozdział o języku marki do brand booka', description: 'Zasady, przykłady dobre i złe, słowa, których unikamy.', projectId: PROJECT.brand, teamId: TEAM.brand, parentId: 'epic-br-copy', assigneeId: 'p-katarzyna-wisniewska', start: '2027-01-11', due: '2027-01-14', estimateMinutes: THREE_DAYS },
  { id: 'plt-katarzyna-call-scripts', title: 'Przygotować scenariusze rozmów dla konsultantów infolinii (Atlas 3)', description: 'Jak odpowiadać na pytania o Atlas 3 w pierwszym tygodniu po premierze.', projectId: PROJECT.launch, teamId: TEAM.brand, parentId: CAMPAIGN.atlasLaunch, assigneeId: 'p-katarzyna-wisniewska', start: '2027-01-11', due: '2027-01-14', estimateMinutes: THREE_DAYS },
];

const DUPLICATES: PlantedTask[] = [
  { id: 'dup-photographer-brd', title: 'Book photographer for Q1 product shoot', description: 'Product photos of the Atlas 3 hardware kit for the new website and catalogue: one studio day in January, packshots on white and lifestyle shots.', projectId: PROJECT.brand, teamId: TEAM.brand, parentId: 'epic-br-identity', assigneeId: 'p-agnieszka-nowak', start: '2026-12-07', due: '2026-12-18', estimateMinutes: 240, cost: { category: 'production', euros: 2200, currency: 'PLN', profile: 'committed-warning' } },
  { id: 'dup-photographer-atl', title: 'Hire a photographer for the January product photoshoot', description: 'Studio photographer for two days in January to shoot the Atlas 3 kit: packshots on white plus lifestyle photos for launch ads and the website.', projectId: PROJECT.launch, teamId: TEAM.creativeAgency, parentId: 'epic-atl-creative', assigneeId: 'p-aleksandra-krawczyk', start: '2026-12-01', due: '2026-12-11', estimateMinutes: 480, cost: { category: 'production', euros: 2600, currency: 'PLN', profile: 'normal' } },
  { id: 'dup-tariff-email-ru', title: 'Подготовить рассылку для клиентов о новом тарифе', description: 'Письмо всем клиентам на старых тарифах: что даёт «Бизнес+», новые цены с 1 февраля 2027 года и как перейти.', projectId: PROJECT.partners, teamId: TEAM.events, parentId: 'epic-bp-email', assigneeId: 'p-dmitry-kuznetsov', start: '2026-11-30', due: '2026-12-04', estimateMinutes: 480, cost: { category: 'media', euros: 900, currency: 'USD', profile: 'normal' } },
  { id: 'dup-tariff-email-en', title: 'Prepare customer email announcing the new Business+ pricing plan', description: 'Email to every customer still on a legacy plan: what Business+ includes, the new prices from 1 February 2027 and how to switch.', projectId: PROJECT.growth, teamId: TEAM.growth, assigneeId: 'p-george-thompson', start: '2026-11-30', due: '2026-12-08', estimateMinutes: 480, cost: { category: 'media', euros: 800, currency: 'GBP', profile: 'normal' } },
  { id: 'dup-bf-social-brand', title: 'Przygotować posty do social media na Black Friday', description: 'Grafiki i teksty na Facebooka, Instagrama i LinkedIn: zapowiedź promocji, odliczanie i ostatni dzień. Rabat 30 % na plan roczny.', projectId: PROJECT.brand, teamId: TEAM.brand, assigneeId: 'p-marcin-kowalczyk', start: '2026-11-16', due: '2026-11-25', estimateMinutes: 720, cost: { category: 'production', euros: 500, currency: 'PLN', profile: 'normal' } },
  { id: 'dup-bf-social-agency', title: 'Przygotowanie grafik i postów na Black Friday do mediów społecznościowych', description: 'Zestaw postów na Facebook, Instagram i LinkedIn: teaser, odliczanie do piątku i przypomnienie w ostatnim dniu promocji (-30 % na plan roczny).', projectId: PROJECT.growth, teamId: TEAM.creativeAgency, parentId: 'epic-bf-creative', assigneeId: 'p-jakub-mazur', start: '2026-11-09', due: '2026-11-20', estimateMinutes: 960, cost: { category: 'production', euros: 1500, currency: 'PLN', profile: 'overrun' } },
  { id: 'dup-stock-photo-grw', title: 'Buy stock photo for the winter website banner', description: 'Licence https://www.shutterstock.com/image-photo/marketing-team-planning-campaign-on-whiteboard-2298765432 (extended licence, web and print).', projectId: PROJECT.growth, teamId: TEAM.growth, assigneeId: 'p-priya-shah', start: '2026-11-23', due: '2026-11-24', estimateMinutes: 60, cost: { category: 'stock-assets', euros: 350, currency: 'GBP', profile: 'normal' } },
  { id: 'dup-stock-photo-brd', title: 'Kupić licencję na zdjęcie do nagłówka newslettera', description: 'Zdjęcie shutterstock_2298765432.jpg (zespół planujący kampanię przy tablicy), licencja rozszerzona: nagłówek grudniowego newslettera i baner na stronie.', projectId: PROJECT.brand, teamId: TEAM.brand, assigneeId: 'p-zofia-lewandowska', start: '2026-11-24', due: '2026-11-25', estimateMinutes: 60, cost: { category: 'stock-assets', euros: 350, currency: 'PLN', profile: 'normal' } },
  { id: 'dup-one-pager-atl', title: 'Translate the Atlas 3 one-pager into Polish', description: 'Polish version of the Atlas 3 product one-pager (A4, both sides) for partners in Poland; keep the layout, adapt the headline.', projectId: PROJECT.launch, teamId: TEAM.creativeAgency, parentId: 'epic-atl-creative', assigneeId: 'p-bartosz-piotrowski', start: '2026-12-07', due: '2026-12-11', estimateMinutes: 600, cost: { category: 'agency', euros: 450, currency: 'PLN', profile: 'normal' } },
  { id: 'dup-one-pager-brd', title: 'Tłumaczenie one-pagera Atlas 3 na język polski', description: 'Polska wersja jednostronicowej ulotki o Atlas 3 dla partnerów i handlowców; zachować układ, dopasować nagłówek.', projectId: PROJECT.brand, teamId: TEAM.brand, assigneeId: 'p-zofia-lewandowska', start: '2026-12-09', due: '2026-12-14', estimateMinutes: 480 },
];

const MISSING_RATE: PlantedTask = {
  id: DEMO_PLANTED.missingRate.taskId,
  title: 'Pay deposit for Zurich partner meetup venue',
  description: 'Deposit for the venue of the Zurich partner meetup on 11 March 2027; the invoice is in Swiss francs.',
  projectId: PROJECT.events,
  teamId: TEAM.events,
  assigneeId: 'p-jonas-weber',
  start: '2026-11-30',
  due: '2026-12-04',
  estimateMinutes: 60,
  budget: { planned: 250000, committed: 250000, actual: 0, currency: DEMO_PLANTED.missingRate.currency, category: 'events' },
};

/**
 * Adds the planted over-allocations, duplicate pairs and the budget in a currency without a rate.
 * Runs before any background work so the load ledger already holds the planted weeks.
 * @example addPlantedWork(context, createdOf) // 8 overloading tasks, 10 duplicates, 1 CHF budget
 */
export function addPlantedWork(context: DemoContext, createdOf: (id: string) => string | undefined): void {
  for (const planted of [...OVERLOAD, ...DUPLICATES, MISSING_RATE]) addPlanted(context, planted, createdOf);
}
