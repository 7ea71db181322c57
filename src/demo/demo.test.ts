import { OrganisationSnapshot } from '../core/org/snapshot';
import type { Person } from '../core/capacity/calendar';
import type { Task } from '../core/task/task';
import { DEFAULT_TEMPLATES } from '../core/templates';
import { shiftDate } from '../core/dates/working-days';
import { DEMO_PLANTED, DEMO_TODAY, generateDemoOrganisation } from './index';

const demo = generateDemoOrganisation();
const byId = new Map(demo.tasks.map((task) => [task.id, task]));

function task(id: string): Task {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`The demo has no task ${id}`);
  return found;
}

function person(id: string): Person {
  const found = demo.people.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`The demo has no person ${id}`);
  return found;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
const ENGLISH_WORDS = /\b(the|for|and|with)\b/i;

describe('the demo organisation', () => {
  it('is a valid organisation snapshot', () => {
    expect(OrganisationSnapshot.safeParse(demo).success).toBe(true);
  });

  it('is byte-identical for the same seed and different for another', () => {
    expect(JSON.stringify(generateDemoOrganisation(1))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateDemoOrganisation(2))).not.toBe(JSON.stringify(demo));
  });

  it('has three in-house teams, two agencies, 20–30 people and 350–450 tasks', () => {
    expect(demo.teams.filter((team) => team.kind === 'internal')).toHaveLength(3);
    expect(demo.teams.filter((team) => team.kind === 'agency')).toHaveLength(2);
    expect(demo.people.length).toBeGreaterThanOrEqual(20);
    expect(demo.people.length).toBeLessThanOrEqual(30);
    expect(demo.tasks.length).toBeGreaterThanOrEqual(350);
    expect(demo.tasks.length).toBeLessThanOrEqual(450);
    expect(demo.tasks.filter((each) => each.type === 'campaign').length).toBeGreaterThanOrEqual(5);
  });

  it('gives every team some members and some people part-time weeks', () => {
    for (const team of demo.teams) expect(demo.people.some((member) => member.teamId === team.id)).toBe(true);
    const weeklyHours = demo.people.map((member) => member.calendar.minutesPerWeekday.reduce((sum, minutes) => sum + minutes, 0) / 60);
    expect(weeklyHours.filter((hours) => hours < 40).length).toBeGreaterThanOrEqual(3);
  });

  it('writes titles in English, Russian and Polish', () => {
    const titles = demo.tasks.map((each) => each.title);
    expect(titles.filter((title) => CYRILLIC.test(title)).length).toBeGreaterThanOrEqual(30);
    expect(titles.filter((title) => POLISH_LETTERS.test(title)).length).toBeGreaterThanOrEqual(30);
    expect(titles.filter((title) => ENGLISH_WORDS.test(title) && !CYRILLIC.test(title)).length).toBeGreaterThanOrEqual(30);
  });

  it('spends in EUR, USD, PLN and GBP, and exactly one budget is in a currency without a rate', () => {
    const currencies = new Set(demo.tasks.flatMap((each) => (each.budget ? [each.budget.currency] : [])));
    expect([...currencies].sort()).toEqual(['CHF', 'EUR', 'GBP', 'PLN', 'USD']);
    const rated = new Set([demo.settings.baseCurrency, ...demo.settings.exchangeRates.rates.map((rate) => rate.currency)]);
    const unrated = demo.tasks.filter((each) => each.budget !== undefined && !rated.has(each.budget.currency));
    expect(unrated.map((each) => [each.id, each.budget?.currency])).toEqual([[DEMO_PLANTED.missingRate.taskId, 'CHF']]);
  });

  it('names agencies as the vendor of the money they spend', () => {
    const agencies = new Map(demo.teams.filter((team) => team.kind === 'agency').map((team) => [team.id, team.name]));
    const agencyBudgets = demo.tasks.filter((each) => each.budget !== undefined && each.teamId !== undefined && agencies.has(each.teamId));
    expect(agencyBudgets.length).toBeGreaterThan(10);
    for (const each of agencyBudgets) expect(each.budget?.vendor).toBe(agencies.get(each.teamId ?? ''));
  });

  it('knows the real public holidays of its regions', () => {
    const holidays = demo.settings.holidays;
    const dates = (region: string) => (holidays[region] ?? []).map((holiday) => holiday.date);
    expect(dates('PL')).toEqual(expect.arrayContaining(['2026-11-11', '2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']));
    expect(dates('GB')).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28', '2027-01-01']));
    expect(dates('GB')).not.toContain('2026-12-26');
    expect(dates('DE')).toEqual(expect.arrayContaining(['2026-10-03', '2026-12-25', '2026-12-26', '2027-01-01']));
    expect(dates('RU')).toEqual(expect.arrayContaining(['2026-11-04', '2027-01-07', '2027-02-23']));
    const regions = new Set(demo.people.map((member) => member.calendar.holidayRegion));
    expect([...regions].sort()).toEqual(['DE', 'GB', 'PL', 'RU']);
  });

  it('puts the template subtasks under their task, one per step unless planted otherwise', () => {
    const templated = demo.tasks.filter((each) => each.template !== undefined);
    expect(templated.map((each) => each.type).sort()).toEqual([
      'email-campaign',
      'email-campaign',
      'email-campaign',
      'product-launch',
      'product-launch',
      'webinar',
      'webinar',
      'webinar',
      'webinar',
    ]);
    for (const parent of templated) {
      const template = DEFAULT_TEMPLATES.find((candidate) => candidate.id === parent.template?.templateId);
      const stepIds = demo.tasks.filter((each) => each.parentId === parent.id).map((each) => each.templateStepId);
      const missing = DEMO_PLANTED.templateViolations.find((violation) => violation.taskId === parent.id && violation.problem === 'steps-missing');
      const expected = (template?.steps ?? []).map((step) => step.id).filter((id) => !(missing?.stepIds as readonly string[] | undefined)?.includes(id));
      expect(stepIds).toEqual(expected);
    }
  });
});

/** A person's working minutes on a date: weekday hours unless it is a public holiday or time off. */
function minutesOn(member: Person, date: string, org: OrganisationSnapshot = demo): number {
  const holiday = (org.settings.holidays[member.calendar.holidayRegion ?? ''] ?? []).some((each) => each.date === date);
  const off = member.calendar.timeOff.some((range) => range.start <= date && date <= range.end);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return holiday || off ? 0 : (member.calendar.minutesPerWeekday[weekday] ?? 0);
}

function daysFrom(start: string, end: string): string[] {
  const days: string[] = [];
  for (let date = start; date <= end; date = shiftDate(date, 1)) days.push(date);
  return days;
}

/** Estimate of every task spread evenly over the assignee's working days, summed per week (Monday). */
function weeklyLoad(member: Person, org: OrganisationSnapshot = demo): Map<string, number> {
  const load = new Map<string, number>();
  for (const each of org.tasks) {
    if (each.assigneeId !== member.id || !each.estimateMinutes || !each.startDate || !each.dueDate) continue;
    const working = daysFrom(each.startDate, each.dueDate).filter((date) => minutesOn(member, date, org) > 0);
    for (const date of working) {
      const monday = shiftDate(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
      load.set(monday, (load.get(monday) ?? 0) + each.estimateMinutes / working.length);
    }
  }
  return load;
}

function weekCapacity(member: Person, monday: string, org: OrganisationSnapshot = demo): number {
  return daysFrom(monday, shiftDate(monday, 6)).reduce((sum, date) => sum + minutesOn(member, date, org), 0);
}

describe('planted over-allocation', () => {
  it.each(DEMO_PLANTED.overAllocations.map((planted) => [planted.personId, planted.week, planted] as const))('%s is booked beyond capacity in the week of %s', (_id, week, planted) => {
    const member = person(planted.personId);
    for (const taskId of planted.taskIds) {
      const each = task(taskId);
      expect(each.assigneeId).toBe(member.id);
      expect(each.startDate! <= shiftDate(week, 6) && each.dueDate! >= week).toBe(true);
    }
    expect(weeklyLoad(member).get(week) ?? 0).toBeGreaterThan(weekCapacity(member, week) * 1.2);
  });

  it('Piotr has 120 hours of work in a 40-hour week', () => {
    expect((weeklyLoad(person('p-piotr-zielinski')).get('2026-11-30') ?? 0) / 60).toBe(120);
    expect(weekCapacity(person('p-piotr-zielinski'), '2026-11-30') / 60).toBe(40);
  });

  it('Katarzyna works four days, so 48 hours overflows her 32-hour week', () => {
    expect((weeklyLoad(person('p-katarzyna-wisniewska')).get('2027-01-11') ?? 0) / 60).toBe(48);
    expect(weekCapacity(person('p-katarzyna-wisniewska'), '2027-01-11') / 60).toBe(32);
  });

  it('leaves nobody else over capacity in any week', () => {
    const planted = new Set(DEMO_PLANTED.overAllocations.map((each) => `${each.personId} ${each.week}`));
    const overloaded: string[] = [];
    for (const member of demo.people) {
      for (const [week, minutes] of weeklyLoad(member)) {
        if (minutes > weekCapacity(member, week) && !planted.has(`${member.id} ${week}`)) overloaded.push(`${member.id} ${week}`);
      }
    }
    expect(overloaded).toEqual([]);
  });
});

/** The rate in force on a date: the latest one dated on or before it. */
function eurosPerUnit(currency: string, date: string, org: OrganisationSnapshot): { numerator: bigint; denominator: bigint } | undefined {
  if (currency === org.settings.baseCurrency) return { numerator: 1n, denominator: 1n };
  const rate = org.settings.exchangeRates.rates
    .filter((each) => each.currency === currency && each.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
  if (rate === undefined) return undefined;
  const [whole = '0', fraction = ''] = rate.rate.split('.');
  return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
}

function subtree(rootId: string, org: OrganisationSnapshot): Task[] {
  const found: Task[] = [];
  const frontier = [rootId];
  while (frontier.length > 0) {
    const parentId = frontier.pop();
    for (const each of org.tasks.filter((candidate) => candidate.parentId === parentId)) {
      found.push(each);
      frontier.push(each.id);
    }
  }
  const root = org.tasks.find((each) => each.id === rootId);
  return root === undefined ? found : [root, ...found];
}

/** Planned, committed and actual of a campaign's whole tree in euro cents, as of the demo's today. */
function campaignTotals(campaignId: string, org: OrganisationSnapshot = demo) {
  const totals = { planned: 0n, committed: 0n, actual: 0n };
  for (const each of subtree(campaignId, org)) {
    if (each.budget === undefined) continue;
    const rate = eurosPerUnit(each.budget.currency, DEMO_TODAY, org);
    if (rate === undefined) throw new Error(`${each.key} is in ${each.budget.currency}, which has no rate`);
    for (const field of ['planned', 'committed', 'actual'] as const) totals[field] += (BigInt(each.budget[field]) * rate.numerator) / rate.denominator;
  }
  return totals;
}

describe('planted budget problems', () => {
  const campaigns = demo.tasks.filter((each) => each.type === 'campaign');

  it.each([...DEMO_PLANTED.overBudgetCampaignIds])('%s has spent more than planned', (campaignId) => {
    const totals = campaignTotals(campaignId);
    expect(totals.planned).toBeGreaterThan(0n);
    expect(totals.actual).toBeGreaterThan(totals.planned);
  });

  it.each([...DEMO_PLANTED.committedWarningCampaignIds])('%s has committed at least 90 %% of plan but spent less than planned', (campaignId) => {
    const totals = campaignTotals(campaignId);
    expect(totals.committed * 100n).toBeGreaterThanOrEqual(totals.planned * 90n);
    expect(totals.actual).toBeLessThan(totals.planned);
  });

  it('keeps every other campaign under the 90 % committed warning', () => {
    const flagged = new Set<string>([...DEMO_PLANTED.overBudgetCampaignIds, ...DEMO_PLANTED.committedWarningCampaignIds]);
    const others = campaigns.filter((campaign) => !flagged.has(campaign.id));
    expect(others.length).toBeGreaterThanOrEqual(3);
    for (const campaign of others) {
      const totals = campaignTotals(campaign.id);
      expect(totals.planned).toBeGreaterThan(0n);
      expect(totals.committed * 100n).toBeLessThan(totals.planned * 90n);
    }
  });
});

describe('planted template violations', () => {
  const subtasksOf = (parentId: string) => demo.tasks.filter((each) => each.parentId === parentId && each.templateStepId !== undefined);

  it('a webinar under way has neither a KPI nor a budget', () => {
    const webinar = task('tpl-webinar-biznes-plus');
    expect([webinar.type, webinar.statusCategory, webinar.fields.kpi, webinar.budget]).toEqual(['webinar', 'in_progress', undefined, undefined]);
  });

  it('an email campaign is Scheduled while the steps that gate Scheduled are open', () => {
    const email = task('tpl-email-biznes-plus-wave-2');
    const gate = DEFAULT_TEMPLATES.find((template) => template.id === 'email-campaign')?.gates.find((each) => each.toStatus === email.status);
    expect(gate?.requiredSteps).toEqual(['copy-review', 'build-and-test', 'tracking']);
    const open = subtasksOf(email.id).filter((each) => gate?.requiredSteps.includes(each.templateStepId ?? '') && each.statusCategory !== 'done');
    expect(open.map((each) => each.templateStepId)).toEqual(['copy-review', 'build-and-test', 'tracking']);
  });

  it('a product launch is missing three of its step subtasks', () => {
    const present = subtasksOf('tpl-launch-atlas-3').map((each) => each.templateStepId);
    for (const stepId of ['press-release', 'sales-enablement', 'launch-tracking']) expect(present).not.toContain(stepId);
    expect(present).toHaveLength(6);
  });

  it.each([...DEMO_PLANTED.compliantTemplateTaskIds])('%s follows its template: fields set, no late step, gates met', (taskId) => {
    const parent = task(taskId);
    const template = DEFAULT_TEMPLATES.find((candidate) => candidate.id === parent.template?.templateId);
    if (template === undefined) throw new Error(`${taskId} has no default template`);
    expect(parent.fields.kpi).toBeTruthy();
    expect(parent.budget?.planned).toBeGreaterThan(0);
    expect(parent.ownerId).toBeDefined();
    const subtasks = subtasksOf(parent.id);
    expect(subtasks.map((each) => each.templateStepId)).toEqual(template.steps.map((step) => step.id));
    const late = subtasks.filter((each) => each.dueDate! < DEMO_TODAY && each.statusCategory !== 'done');
    expect(late.map((each) => each.key)).toEqual([]);
    const done = new Set(subtasks.filter((each) => each.statusCategory === 'done').map((each) => each.templateStepId));
    const namedGate = template.gates.find((gate) => gate.toStatus === parent.status);
    for (const stepId of namedGate?.requiredSteps ?? []) expect(done.has(stepId)).toBe(true);
  });
});

describe('planted cross-team duplicates', () => {
  const pairs = DEMO_PLANTED.duplicatePairs.map((pair) => [pair.taskIds[0], pair.taskIds[1]].map(task) as [Task, Task]);

  it('pairs tasks of different teams in different projects', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const [a, b] of pairs) {
      expect(a.teamId).not.toBe(b.teamId);
      expect(a.projectId).not.toBe(b.projectId);
    }
  });

  it('includes a Russian–English pair, a Polish pair and a pair sharing one stock photo', () => {
    const described = pairs.map(([a, b]) => ({ a: `${a.title} ${a.description}`, b: `${b.title} ${b.description}` }));
    expect(described.some(({ a, b }) => CYRILLIC.test(a) !== CYRILLIC.test(b))).toBe(true);
    expect(described.some(({ a, b }) => POLISH_LETTERS.test(a) && POLISH_LETTERS.test(b))).toBe(true);
    expect(described.some(({ a, b }) => a.includes('2298765432') && b.includes('2298765432'))).toBe(true);
  });

  it('puts money at stake on both sides of most pairs', () => {
    const funded = pairs.filter(([a, b]) => (a.budget?.planned ?? 0) > 0 && (b.budget?.planned ?? 0) > 0);
    expect(funded.length).toBeGreaterThanOrEqual(4);
  });
});

describe('another seed', () => {
  const other = generateDemoOrganisation(7);

  it('keeps every planted problem, because only the background work is random', () => {
    for (const planted of DEMO_PLANTED.overAllocations) {
      const member = person(planted.personId);
      expect(weeklyLoad(member, other).get(planted.week) ?? 0).toBeGreaterThan(weekCapacity(member, planted.week, other));
    }
    for (const campaignId of DEMO_PLANTED.overBudgetCampaignIds) {
      const totals = campaignTotals(campaignId, other);
      expect(totals.actual).toBeGreaterThan(totals.planned);
    }
    const ids = new Set(other.tasks.map((each) => each.id));
    const planted = [...DEMO_PLANTED.templateViolations.map((each) => each.taskId), ...DEMO_PLANTED.duplicatePairs.flatMap((pair) => pair.taskIds)];
    expect(planted.filter((id) => !ids.has(id))).toEqual([]);
  });
});
