import type { Portfolio, Project } from '../core/org/organisation';
import type { LocalDate } from '../core/dates/local-date';
import type { PhraseBank } from './phrases';
import { TEAM } from './people';

/**
 * How a campaign's money behaves, so the demo shows each kind of budget story:
 * `normal` stays under 85 % committed; `committed-warning` has 92–98 % committed but less actual
 * spend than planned; `overrun` spends 105–140 % of what was planned.
 */
export type BudgetProfile = 'normal' | 'committed-warning' | 'overrun';

export type DemoCurrency = 'EUR' | 'USD' | 'PLN' | 'GBP';

/** A stream of everyday work drawn from one phrase bank, under an epic or straight in a project. */
export interface WorkStream {
  id: string;
  title: string;
  teamId: string;
  bank: PhraseBank;
  topic: string;
  currency: DemoCurrency;
  count: number;
  from: LocalDate;
  to: LocalDate;
}

export interface CampaignSpec {
  id: string;
  projectId: string;
  title: string;
  description: string;
  ownerId: string;
  teamId: string;
  profile: BudgetProfile;
  from: LocalDate;
  to: LocalDate;
  labels: string[];
  epics: WorkStream[];
}

export const PORTFOLIO = { brandDemand: 'pf-brand-demand', events: 'pf-events-field' } as const;
export const PROJECT = { brand: 'prj-brand', growth: 'prj-growth', launch: 'prj-atlas', events: 'prj-events', partners: 'prj-partners' } as const;
export const CAMPAIGN = {
  blackFriday: 'cmp-black-friday',
  webinars: 'cmp-webinars',
  brandRefresh: 'cmp-brand-refresh',
  atlasLaunch: 'cmp-atlas-launch',
  tradeFairs: 'cmp-trade-fairs',
  biznesPlus: 'cmp-biznes-plus',
} as const;

export const DEMO_PORTFOLIOS: Portfolio[] = [
  { id: PORTFOLIO.brandDemand, name: 'Brand & Demand 2026/27' },
  { id: PORTFOLIO.events, name: 'Events & Field Marketing' },
];

export const DEMO_PROJECTS: Project[] = [
  { id: PROJECT.brand, key: 'BRD', name: 'Brand & Content', portfolioId: PORTFOLIO.brandDemand, teamId: TEAM.brand },
  { id: PROJECT.growth, key: 'GRW', name: 'Growth Marketing', portfolioId: PORTFOLIO.brandDemand, teamId: TEAM.growth },
  { id: PROJECT.launch, key: 'ATL', name: 'Atlas 3 Launch', portfolioId: PORTFOLIO.brandDemand },
  { id: PROJECT.events, key: 'EVT', name: 'Events & Field', portfolioId: PORTFOLIO.events, teamId: TEAM.events },
  { id: PROJECT.partners, key: 'PRT', name: 'Партнёры и клиенты (RU)', portfolioId: PORTFOLIO.events, teamId: TEAM.events },
];

function stream(id: string, title: string, teamId: string, bank: PhraseBank, topic: string, currency: DemoCurrency, count: number, from: LocalDate, to: LocalDate): WorkStream {
  return { id, title, teamId, bank, topic, currency, count, from, to };
}

/*
 * Each phrase bank is used by one team only, so two teams never draw the same wording by chance;
 * the cross-team duplicates in the demo are exactly the planted ones.
 */
export const DEMO_CAMPAIGNS: CampaignSpec[] = [
  {
    id: CAMPAIGN.blackFriday,
    projectId: PROJECT.growth,
    title: 'Black Friday 2026',
    description: 'Black Friday and Cyber Monday offers for SMB customers in the UK, Poland and Germany: paid media, email and creatives.',
    ownerId: 'p-oliver-bennett',
    teamId: TEAM.growth,
    profile: 'overrun',
    from: '2026-10-12',
    to: '2026-12-04',
    labels: ['black-friday'],
    epics: [
      stream('epic-bf-media', 'Paid media — Black Friday', TEAM.mediaAgency, 'paidMediaEn', 'Black Friday', 'USD', 12, '2026-10-12', '2026-12-02'),
      stream('epic-bf-crm', 'Email & CRM — Black Friday', TEAM.growth, 'emailEn', 'Black Friday', 'GBP', 9, '2026-10-19', '2026-11-30'),
      stream('epic-bf-creative', 'Kreacje i landing page — Black Friday', TEAM.creativeAgency, 'designEn', 'Black Friday', 'PLN', 12, '2026-10-12', '2026-11-20'),
      stream('epic-bf-measurement', 'Black Friday measurement', TEAM.growth, 'analyticsEn', 'Black Friday', 'GBP', 8, '2026-10-19', '2026-12-04'),
    ],
  },
  {
    id: CAMPAIGN.webinars,
    projectId: PROJECT.growth,
    title: 'Webinar series 2026/27',
    description: 'Monthly product webinars for marketing operations leads; goal: 1,200 registrations and 150 sales-qualified leads over the season.',
    ownerId: 'p-george-thompson',
    teamId: TEAM.growth,
    profile: 'normal',
    from: '2026-09-07',
    to: '2027-02-26',
    labels: ['webinar-series'],
    epics: [
      stream('epic-web-production', 'Webinar production', TEAM.growth, 'webinarOpsEn', 'the winter webinars', 'GBP', 8, '2026-09-07', '2027-02-19'),
      stream('epic-web-promotion', 'Webinar promotion', TEAM.mediaAgency, 'paidMediaEn', 'the winter webinars', 'GBP', 10, '2026-10-05', '2027-02-12'),
      stream('epic-web-content', 'Webinar content', TEAM.growth, 'copyEn', 'the winter webinars', 'GBP', 10, '2026-09-14', '2027-02-12'),
    ],
  },
  {
    id: CAMPAIGN.brandRefresh,
    projectId: PROJECT.brand,
    title: 'Odświeżenie marki 2027 (Brand refresh)',
    description: 'Nowa identyfikacja wizualna, brand book i film wizerunkowy przed startem Atlas 3. New visual identity, brand book and brand film.',
    ownerId: 'p-agnieszka-nowak',
    teamId: TEAM.brand,
    profile: 'committed-warning',
    from: '2026-09-07',
    to: '2027-02-12',
    labels: ['brand-refresh'],
    epics: [
      stream('epic-br-identity', 'Identyfikacja wizualna', TEAM.brand, 'designPl', 'odświeżenie marki', 'PLN', 12, '2026-09-07', '2027-01-29'),
      stream('epic-br-copy', 'Brand book i teksty', TEAM.brand, 'copyPl', 'odświeżenie marki', 'PLN', 10, '2026-09-14', '2027-02-05'),
      stream('epic-br-film', 'Film wizerunkowy', TEAM.creativeAgency, 'videoPl', 'film marki 2027', 'PLN', 8, '2026-10-05', '2027-02-12'),
      stream('epic-br-social', 'Nowa marka w social media', TEAM.brand, 'socialPl', 'nowa marka', 'PLN', 8, '2026-11-02', '2027-02-12'),
    ],
  },
  {
    id: CAMPAIGN.atlasLaunch,
    projectId: PROJECT.launch,
    title: 'Atlas 3 launch',
    description: 'Go-to-market for Atlas 3 in Europe: launch content, creatives, a launch stand at Partner Summit Berlin and a Russian-language launch for CIS partners.',
    ownerId: 'p-oliver-bennett',
    teamId: TEAM.growth,
    profile: 'normal',
    from: '2026-10-05',
    to: '2027-03-05',
    labels: ['atlas-3'],
    epics: [
      stream('epic-atl-content', 'Launch content', TEAM.growth, 'copyEn', 'Atlas 3', 'GBP', 12, '2026-10-19', '2027-02-26'),
      stream('epic-atl-creative', 'Launch creatives', TEAM.creativeAgency, 'designEn', 'Atlas 3', 'PLN', 12, '2026-11-02', '2027-02-19'),
      stream('epic-atl-berlin', 'Atlas 3 launch at Partner Summit Berlin', TEAM.events, 'eventsEn', 'Partner Summit Berlin', 'EUR', 13, '2026-11-09', '2027-03-05'),
      stream('epic-atl-cis', 'Запуск Atlas 3 в России и СНГ', TEAM.events, 'partnersRu', 'запуск Atlas 3', 'USD', 10, '2026-11-16', '2027-03-05'),
    ],
  },
  {
    id: CAMPAIGN.tradeFairs,
    projectId: PROJECT.events,
    title: 'Autumn trade fairs 2026',
    description: 'Booths at MarTech Expo Berlin and Moscow Digital Forum; goal: 400 qualified contacts.',
    ownerId: 'p-lena-schneider',
    teamId: TEAM.events,
    profile: 'overrun',
    from: '2026-08-31',
    to: '2026-11-13',
    labels: ['trade-fairs-2026'],
    epics: [
      stream('epic-tf-berlin', 'MarTech Expo Berlin 2026', TEAM.events, 'eventsEn', 'MarTech Expo Berlin', 'EUR', 13, '2026-08-31', '2026-11-06'),
      stream('epic-tf-moscow', 'Moscow Digital Forum 2026', TEAM.events, 'eventsRu', 'Moscow Digital Forum', 'USD', 12, '2026-08-31', '2026-11-13'),
      stream('epic-tf-booth', 'Booth graphics', TEAM.creativeAgency, 'designEn', 'the autumn trade fairs', 'EUR', 8, '2026-09-07', '2026-10-16'),
    ],
  },
  {
    id: CAMPAIGN.biznesPlus,
    projectId: PROJECT.partners,
    title: 'Новый тариф «Бизнес+»: информирование клиентов',
    description: 'Переход клиентов на тариф «Бизнес+» с 1 февраля 2027 года: рассылки, материалы для партнёров, вебинар.',
    ownerId: 'p-anna-smirnova',
    teamId: TEAM.events,
    profile: 'normal',
    from: '2026-10-19',
    to: '2027-01-29',
    labels: ['biznes-plus'],
    epics: [
      stream('epic-bp-email', 'Коммуникация с клиентами', TEAM.events, 'emailRu', 'тариф «Бизнес+»', 'USD', 10, '2026-10-19', '2027-01-22'),
      stream('epic-bp-partners', 'Материалы для партнёров', TEAM.events, 'partnersRu', 'тариф «Бизнес+»', 'USD', 10, '2026-10-26', '2027-01-29'),
    ],
  },
];

/** Everyday work outside any campaign, straight under the project. */
export const DEMO_BACKLOGS: ReadonlyArray<WorkStream & { projectId: string }> = [
  { ...stream('bau-brd-social', 'Profil firmowy', TEAM.brand, 'socialPl', 'profil firmowy', 'PLN', 8, '2026-08-31', '2027-02-26'), projectId: PROJECT.brand },
  { ...stream('bau-brd-blog', 'Blog firmowy', TEAM.brand, 'copyPl', 'blog firmowy', 'PLN', 8, '2026-08-31', '2027-02-26'), projectId: PROJECT.brand },
  { ...stream('bau-grw-measurement', 'Q1 2027 measurement', TEAM.growth, 'analyticsEn', 'the Q1 2027 campaigns', 'GBP', 8, '2026-11-30', '2027-02-26'), projectId: PROJECT.growth },
  { ...stream('bau-grw-newsletter', 'December newsletter', TEAM.growth, 'emailEn', 'the December newsletter', 'GBP', 9, '2026-11-16', '2026-12-18'), projectId: PROJECT.growth },
  { ...stream('bau-evt-roadshow', 'Spring Roadshow 2027', TEAM.events, 'eventsEn', 'Spring Roadshow 2027', 'EUR', 12, '2026-11-23', '2027-03-05'), projectId: PROJECT.events },
  { ...stream('bau-prt-forum', 'Форум партнёров 2027', TEAM.events, 'eventsRu', 'Форум партнёров 2027', 'USD', 8, '2026-12-07', '2027-03-05'), projectId: PROJECT.partners },
  { ...stream('bau-prt-programme', 'Партнёрская программа 2027', TEAM.events, 'partnersRu', 'партнёрская программа 2027', 'USD', 8, '2026-09-14', '2027-02-26'), projectId: PROJECT.partners },
];
