import { IssuePanelView } from '../../app/issue-panel';
import { translatorFor } from '../shared/messages';
import { budgetTable, categoryLabel, duplicateRows, findingRows } from './panel-view-model';

const en = translatorFor('en-US');
const pl = translatorFor('pl-PL');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A webinar task in Warsaw, budgeted in złoty, in an organisation that reports in euro. */
const view = IssuePanelView.parse({
  taskId: '10042',
  key: 'WEB-42',
  budget: {
    line: { planned: 2_150_000, committed: 1_000_000, actual: 425_050, currency: 'PLN', category: 'events', vendor: 'North Studio' },
    inBase: { ok: true, currency: 'EUR', planned: 499_875, committed: 232_500, actual: 98_824 },
  },
  template: {
    id: 'webinar',
    name: 'Webinar',
    version: 2,
    applied: true,
    compliant: false,
    findings: [
      { kind: 'gate-violation', severity: 'violation', field: 'fields.kpi', message: 'Set the KPI/goal: the Webinar template requires it before the task can start (the task is already “In Progress”)' },
      { kind: 'step-overdue', severity: 'warning', stepId: 'dry-run', message: 'Step “Dry run with speakers” (WEB-45, host) was due 2026-11-20 and is not done: 3 days late as of 2026-11-23' },
      { kind: 'step-open', severity: 'info', stepId: 'promo', message: 'Step “Promotion” (WEB-44, marketer) is not done yet; due 2026-11-30' },
    ],
  },
  duplicates: [
    {
      taskId: '10077',
      score: 0.82,
      decision: 'likely-duplicate',
      matchedTerms: ['webinar', 'spring', 'launch'],
      sharedAssets: ['https://example.com/deck.pdf'],
      key: 'BRD-77',
      title: 'Spring launch webinar',
      projectId: '10003',
      teamId: 'brand-studio',
      ownerId: '5b10ac8d82e05b22cc7d4ef5',
      status: 'To Do',
      statusCategory: 'todo',
      budget: { planned: 1_200_000, committed: 0, actual: 0, currency: 'EUR', category: 'events' },
    },
    { taskId: '10101', score: 0.29, decision: 'related', matchedTerms: ['webinar'], key: 'OPS-3', title: 'Webinar tooling', projectId: '10009', status: 'Done', statusCategory: 'done' },
  ],
});

describe('budgetTable', () => {
  it('shows planned, committed and actual in złoty and in the euro base, formatted for a Polish reader', () => {
    const table = budgetTable(view.budget!, pl, 'pl-PL');
    expect(table.head).toEqual(['Kwota', 'W PLN', 'W EUR (waluta bazowa)']);
    expect(table.rows.map((row) => row.cells.map(plain))).toEqual([
      ['Plan', '21 500,00 zł', '4998,75 €'],
      ['Zobowiązania', '10 000,00 zł', '2325,00 €'],
      ['Wykonanie', '4250,50 zł', '988,24 €'],
    ]);
    expect(table.category).toBe('Kategoria: Wydarzenia');
    expect(table.vendor).toBe('Dostawca: North Studio');
    expect(table.missingRate).toBeUndefined();
  });

  it('drops the base column when the task is already in the base currency', () => {
    const table = budgetTable({ ...view.budget!, inBase: { ok: true, currency: 'PLN', planned: 2_150_000, committed: 1_000_000, actual: 425_050 } }, en, 'en');
    expect(table.head).toEqual(['Amount', 'In PLN']);
    expect(table.rows[2]?.cells.map(plain)).toEqual(['Actual', 'PLN 4,250.50']);
  });

  it('says which currency lacks a rate instead of showing a base amount', () => {
    const table = budgetTable({ ...view.budget!, inBase: { ok: false, message: 'No PLN to EUR exchange rate on or before 2026-11-23' } }, en, 'en');
    expect(table.head).toHaveLength(2);
    expect(table.missingRate).toBe('Not shown in the base currency: there is no exchange rate for PLN. Ask your Jira admin to add one.');
  });
});

describe('categoryLabel', () => {
  it('translates the default categories and shows an admin’s own category by its id', () => {
    expect(categoryLabel('stock-assets', translatorFor('ru'))).toBe('Стоковые материалы');
    expect(categoryLabel('influencers', en)).toBe('influencers');
  });
});

describe('findingRows', () => {
  it('marks the blocked gate red, the late step yellow and the open step blue, keeping the core’s sentence', () => {
    const rows = findingRows(view.template!, en);
    expect(rows.map((row) => [row.severity.text, row.severity.tone, row.what])).toEqual([
      ['Blocked', 'removed', 'Gate not met'],
      ['To do', 'moved', 'Overdue step'],
      ['Info', 'inprogress', 'Open step'],
    ]);
    expect(rows[0]?.details).toContain('before the task can start');
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });
});

describe('duplicateRows', () => {
  it('lists each suggestion with its score, the words that matched, where it lives, its owner and its budget', () => {
    const [likely, related] = duplicateRows(view.duplicates, en, 'en');
    expect(likely).toEqual({
      taskId: '10077',
      key: 'BRD-77',
      title: 'Spring launch webinar',
      href: '/browse/BRD-77',
      score: '82%',
      decision: { text: 'Likely duplicate', tone: 'moved' },
      words: 'webinar, spring, launch',
      sharedAssets: 'Shared assets: https://example.com/deck.pdf',
      where: 'Project BRD, team brand-studio',
      ownerAccountId: '5b10ac8d82e05b22cc7d4ef5',
      budget: '€12,000.00',
    });
    expect(related).toMatchObject({ score: '29%', decision: { text: 'Related', tone: 'default' }, where: 'Project OPS', budget: 'No budget' });
    expect(related?.ownerAccountId).toBeUndefined();
    expect(related?.sharedAssets).toBeUndefined();
  });

  it('says where a suggestion lives and who owns it by name when the answer carries the names', () => {
    const named = view.duplicates.map((duplicate, index) =>
      index === 0 ? { ...duplicate, projectName: 'Brand & Content', teamName: 'Brand Studio (Warsaw)', ownerName: 'Agnieszka Nowak' } : duplicate,
    );
    const [likely] = duplicateRows(named, en, 'en');
    expect(likely).toMatchObject({ where: 'Project Brand & Content, team Brand Studio (Warsaw)', ownerName: 'Agnieszka Nowak', ownerAccountId: '5b10ac8d82e05b22cc7d4ef5' });
  });

  it('speaks Polish to a Polish reader', () => {
    const [likely] = duplicateRows(view.duplicates, pl, 'pl-PL');
    expect(likely?.decision.text).toBe('Prawdopodobny duplikat');
    expect(likely?.where).toBe('Projekt BRD, zespół brand-studio');
    expect(plain(likely?.budget ?? '')).toBe('12 000,00 €');
  });
});
