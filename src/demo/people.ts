import type { Person, TimeOff, WorkingCalendar } from '../core/capacity/calendar';
import type { Team } from '../core/org/organisation';

export const TEAM = {
  brand: 'team-brand',
  growth: 'team-growth',
  events: 'team-events',
  creativeAgency: 'team-wrzos',
  mediaAgency: 'team-brightwave',
} as const;

export const DEMO_TEAMS: Team[] = [
  { id: TEAM.brand, name: 'Brand & Content (Warsaw)', kind: 'internal' },
  { id: TEAM.growth, name: 'Growth Marketing (London)', kind: 'internal' },
  { id: TEAM.events, name: 'Events & Field (Berlin, Moscow)', kind: 'internal' },
  { id: TEAM.creativeAgency, name: 'Studio Wrzos', kind: 'agency' },
  { id: TEAM.mediaAgency, name: 'Brightwave Media', kind: 'agency' },
];

/** Vendor names budget lines carry for work an agency does. */
export const AGENCY_VENDOR: Readonly<Record<string, string>> = {
  [TEAM.creativeAgency]: 'Studio Wrzos',
  [TEAM.mediaAgency]: 'Brightwave Media',
};

const OFFICES = {
  warsaw: { timeZone: 'Europe/Warsaw', holidayRegion: 'PL' },
  krakow: { timeZone: 'Europe/Warsaw', holidayRegion: 'PL' },
  london: { timeZone: 'Europe/London', holidayRegion: 'GB' },
  berlin: { timeZone: 'Europe/Berlin', holidayRegion: 'DE' },
  moscow: { timeZone: 'Europe/Moscow', holidayRegion: 'RU' },
} as const;

type Office = keyof typeof OFFICES;
type Week = WorkingCalendar['minutesPerWeekday'];

const FULL_TIME: Week = [480, 480, 480, 480, 480, 0, 0];
const FOUR_DAYS: Week = [480, 480, 480, 480, 0, 0, 0];
const THREE_DAYS: Week = [480, 480, 480, 0, 0, 0, 0];
const SIX_HOUR_DAYS: Week = [360, 360, 360, 360, 360, 0, 0];

function person(id: string, name: string, teamId: string, roles: string[], office: Office, week: Week = FULL_TIME, timeOff: TimeOff[] = []): Person {
  return { id, name, teamId, roles, calendar: { ...OFFICES[office], minutesPerWeekday: [...week], timeOff } };
}

export const DEMO_PEOPLE: Person[] = [
  person('p-agnieszka-nowak', 'Agnieszka Nowak', TEAM.brand, ['marketer'], 'warsaw'),
  person('p-piotr-zielinski', 'Piotr Zieliński', TEAM.brand, ['designer'], 'warsaw', FULL_TIME, [{ start: '2026-12-28', end: '2027-01-05', reason: 'Urlop' }]),
  person('p-katarzyna-wisniewska', 'Katarzyna Wiśniewska', TEAM.brand, ['copywriter', 'editor'], 'warsaw', FOUR_DAYS),
  person('p-marcin-kowalczyk', 'Marcin Kowalczyk', TEAM.brand, ['designer', 'video-producer'], 'warsaw'),
  person('p-zofia-lewandowska', 'Zofia Lewandowska', TEAM.brand, ['editor', 'copywriter'], 'warsaw'),
  person('p-tomasz-wojcik', 'Tomasz Wójcik', TEAM.brand, ['copywriter'], 'warsaw', FULL_TIME, [{ start: '2027-02-01', end: '2027-02-12', reason: 'Ferie zimowe' }]),
  person('p-magdalena-kaminska', 'Magdalena Kamińska', TEAM.brand, ['analyst'], 'warsaw', SIX_HOUR_DAYS),

  person('p-oliver-bennett', 'Oliver Bennett', TEAM.growth, ['marketer'], 'london', FULL_TIME, [{ start: '2026-12-21', end: '2026-12-24', reason: 'Annual leave' }]),
  person('p-amelia-clarke', 'Amelia Clarke', TEAM.growth, ['analyst'], 'london', FULL_TIME, [{ start: '2026-10-19', end: '2026-10-23', reason: 'Annual leave' }]),
  person('p-harry-patel', 'Harry Patel', TEAM.growth, ['media-buyer', 'marketer'], 'london'),
  person('p-charlotte-evans', 'Charlotte Evans', TEAM.growth, ['copywriter'], 'london', THREE_DAYS),
  person('p-george-thompson', 'George Thompson', TEAM.growth, ['marketer', 'email-marketer'], 'london'),
  person('p-priya-shah', 'Priya Shah', TEAM.growth, ['designer'], 'london'),
  person('p-jack-robinson', 'Jack Robinson', TEAM.growth, ['analyst', 'seo'], 'london'),

  person('p-lena-schneider', 'Lena Schneider', TEAM.events, ['event-manager'], 'berlin', FULL_TIME, [{ start: '2027-02-15', end: '2027-02-19', reason: 'Urlaub' }]),
  person('p-jonas-weber', 'Jonas Weber', TEAM.events, ['event-manager', 'marketer'], 'berlin'),
  person('p-miriam-hoffmann', 'Miriam Hoffmann', TEAM.events, ['marketer', 'copywriter'], 'berlin', SIX_HOUR_DAYS),
  person('p-anna-smirnova', 'Анна Смирнова', TEAM.events, ['event-manager', 'marketer'], 'moscow', FULL_TIME, [{ start: '2026-09-21', end: '2026-10-02', reason: 'Отпуск' }]),
  person('p-dmitry-kuznetsov', 'Дмитрий Кузнецов', TEAM.events, ['marketer', 'copywriter', 'editor', 'email-marketer'], 'moscow'),
  person('p-ekaterina-volkova', 'Екатерина Волкова', TEAM.events, ['designer'], 'moscow'),

  person('p-jakub-mazur', 'Jakub Mazur', TEAM.creativeAgency, ['designer'], 'krakow', FULL_TIME, [{ start: '2026-11-16', end: '2026-11-18', reason: 'Zwolnienie lekarskie' }]),
  person('p-aleksandra-krawczyk', 'Aleksandra Krawczyk', TEAM.creativeAgency, ['video-producer', 'designer'], 'krakow'),
  person('p-bartosz-piotrowski', 'Bartosz Piotrowski', TEAM.creativeAgency, ['copywriter', 'editor'], 'krakow'),

  person('p-sophie-turner', 'Sophie Turner', TEAM.mediaAgency, ['media-buyer'], 'london'),
  person('p-daniel-hughes', 'Daniel Hughes', TEAM.mediaAgency, ['media-buyer', 'analyst'], 'london'),
];
