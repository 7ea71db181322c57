import issues from './__fixtures__/vscode-issues.json';
import type { DuplicateCandidateInput } from './candidate';
import { backgroundLevel, DEFAULT_THRESHOLDS, UNCALIBRATED_STAND_OUT } from './decision';
import { DuplicateIndex } from './duplicate-index';
import { deserialiseIndex, serialiseIndex } from './serialise';

const task = (id: string, title: string, extra: Partial<DuplicateCandidateInput> = {}): DuplicateCandidateInput => ({
  id,
  title,
  projectId: 'BRAND',
  statusCategory: 'todo',
  createdAt: '2026-01-05T09:00:00Z',
  ...extra,
});

/** A marketing organisation with three teams writing in three languages. */
function marketingIndex(): DuplicateIndex {
  const index = new DuplicateIndex();
  index.add(task('BRAND-1', 'Book photographer for Q1 product shoot', { description: 'Studio day for the new headphones, 40 packshots.', teamId: 'brand' }));
  index.add(task('BRAND-2', 'Write press release for the spring launch', { teamId: 'brand' }));
  index.add(task('EVT-7', 'Order booth furniture for the Berlin trade fair', { projectId: 'EVENTS', teamId: 'events' }));
  index.add(task('RU-3', 'Фотосессия продукта для каталога', { description: 'Нужен фотограф и студия на один день.', projectId: 'RU', teamId: 'moscow' }));
  index.add(task('RU-4', 'Перевести сайт на казахский язык', { projectId: 'RU', teamId: 'moscow' }));
  index.add(task('PL-9', 'Sesja zdjęciowa produktów do katalogu', { description: 'Potrzebny fotograf i studio na jeden dzień.', projectId: 'PL', teamId: 'warsaw' }));
  index.add(task('PL-10', 'Przygotować newsletter na Black Friday', { projectId: 'PL', teamId: 'warsaw' }));
  index.add(task('AG-5', 'Media buying for the autumn TV campaign', { projectId: 'AGENCY', teamId: 'agency' }));
  return index;
}

/** The same organisation once its web team has filed a dozen tasks about the Q1 product and the web shop. */
function busyMarketingIndex(): DuplicateIndex {
  const index = marketingIndex();
  [
    'Q1 product newsletter for the web shop',
    'Product page copy for the new headphones',
    'Q1 social posts about the product launch',
    'Packaging design for the Q1 product line',
    'Translate product descriptions for the web shop',
    'Video teaser for the new product',
    'Q1 campaign budget review',
    'Studio booking for the podcast recording',
    'Retouch photos from the trade fair',
    'Banner set for the Q1 product launch',
    'Web shop category page for headphones',
  ].forEach((title, at) => index.add(task(`WEB-${at}`, title, { projectId: 'WEB', teamId: 'web' })));
  return index;
}

describe('DuplicateIndex', () => {
  it('puts the same photographer booking first and the Polish and Russian teams\' shoots next, flags it, and says why', () => {
    const index = busyMarketingIndex();
    const [best, ...rest] = index.findDuplicates({
      title: 'Hire a photographer for the Q1 product photoshoot',
      description: 'Packshots of the new headphones for the web shop.',
      projectId: 'WEB',
      teamId: 'web',
    });
    expect(best?.id).toBe('BRAND-1');
    // The lexicon makes "photographer", "фотограф" and "fotograf" one concept, so the Russian and Polish
    // shoots come next, and the shared concepts are less rare than the English words were alone.
    expect(rest.slice(0, 2).map((match) => match.id).sort()).toEqual(['PL-9', 'RU-3']);
    expect(best?.score).toBeCloseTo(0.41, 2);
    // The query's other candidates score about 0.085 and BRAND-1's own nearest tasks about as little, so
    // the booking stands out from both by 0.32 and is flagged although its score is well under 0.55.
    expect(best?.standOut).toBeCloseTo(0.323, 3);
    expect(best?.decision).toBe('likely-duplicate');
    expect(best?.matchedTerms).toEqual(expect.arrayContaining(['photographer', 'product', 'headphones', 'Q1', 'Packshots']));
    expect(rest.every((match) => match.decision === null)).toBe(true);
  });

  it('keeps a candidate that scores above the related level but looks like the query\'s other candidates at related', () => {
    const matches = busyMarketingIndex().findDuplicates({ title: 'Headphones product launch in the web shop', projectId: 'SHOP' });
    const shopCategoryPage = matches.find((match) => match.id === 'WEB-10');
    const newsletter = matches.find((match) => match.id === 'WEB-0');
    expect(shopCategoryPage?.decision).toBe('likely-duplicate');
    expect(newsletter?.score).toBeGreaterThan(0.35);
    expect(newsletter?.standOut).toBeLessThan(UNCALIBRATED_STAND_OUT);
    expect(newsletter?.decision).toBe('related');
  });

  it('measures a candidate against the background of its own nearest tasks as well as the query\'s', () => {
    const index = busyMarketingIndex();
    const matches = index.findDuplicates({ title: 'Headphones product launch in the web shop', projectId: 'SHOP' }, { topK: 100 });
    const position = matches.findIndex((match) => match.id === 'WEB-0');
    const newsletter = matches[position];
    const queryBackground = backgroundLevel(matches.map((match) => match.score), position);
    // The newsletter's own background: how alike it is to the other 18 tasks of the organisation.
    const ownMatches = index.findDuplicates({ id: 'WEB-0', title: 'Q1 product newsletter for the web shop' }, { topK: 100 });
    const ownBackground = backgroundLevel(ownMatches.map((match) => match.score), -1, index.size - 1);
    expect(queryBackground).not.toBeNull();
    expect(ownBackground).not.toBeNull();
    expect(ownBackground).not.toBeCloseTo(queryBackground ?? 0, 3);
    expect(newsletter?.standOut).toBeCloseTo((newsletter?.score ?? 0) - ((queryBackground ?? 0) + (ownBackground ?? 0)) / 2, 6);
  });

  it('judges by score alone while a query has too few candidates to tell what stands out', () => {
    const [best] = marketingIndex().findDuplicates({
      title: 'Hire a photographer for the Q1 product photoshoot',
      description: 'Packshots of the new headphones for the web shop.',
      projectId: 'WEB',
    });
    expect(best?.id).toBe('BRAND-1');
    expect(best?.standOut).toBeNull();
    expect(best?.score).toBeGreaterThan(0.35);
    expect(best?.score).toBeLessThan(0.55);
    expect(best?.decision).toBe('related');
  });

  it('ranks the photo shoots of all three teams first for a paraphrase, but claims none of them', () => {
    // "Q1" vs "January" and "book" vs "hire" need meaning, not words: the engine surfaces them but does not claim them.
    const matches = marketingIndex().findDuplicates({ title: 'Hire a photographer for the January product photoshoot', projectId: 'WEB' });
    expect(matches.slice(0, 3).map((match) => match.id)).toEqual(['BRAND-1', 'PL-9', 'RU-3']);
    expect(matches[0]?.score).toBeCloseTo(0.245, 3);
    expect(matches.every((match) => match.decision === null)).toBe(true);
  });

  it('finds the Russian and the Polish photo shoot for tasks written in the same language', () => {
    const index = marketingIndex();
    const russian = index.findDuplicates({ title: 'Фотосессия продуктов для нового каталога', description: 'Ищем фотографа.' });
    expect(russian[0]?.id).toBe('RU-3');
    expect(russian[0]?.decision).toBe('likely-duplicate');
    expect(russian[0]?.matchedTerms).toEqual(expect.arrayContaining(['Фотосессия', 'каталога']));
    const polish = index.findDuplicates({ title: 'Sesja zdjęciowa produktu do nowego katalogu', description: 'Fotograf na jeden dzień.' });
    expect(polish[0]?.id).toBe('PL-9');
    expect(polish[0]?.decision).toBe('likely-duplicate');
  });

  it('finds the Polish photo shoot for a Russian task through the marketing lexicon, though they share no word', () => {
    const [russianTwin, polishTwin] = marketingIndex().findDuplicates({ title: 'Фотосессия продуктов для нового каталога', description: 'Ищем фотографа.' });
    expect(russianTwin?.id).toBe('RU-3');
    expect(polishTwin?.id).toBe('PL-9');
    expect(polishTwin?.score).toBeCloseTo(0.457, 3);
    expect(polishTwin?.decision).toBe('related');
    // The "why" is in the query author's own words, whatever language the other team wrote in.
    expect(polishTwin?.matchedTerms).toEqual(expect.arrayContaining(['Фотосессия', 'каталога', 'фотографа']));
  });

  it('says nothing for work nobody else is doing', () => {
    const index = marketingIndex();
    const matches = index.findDuplicates({ title: 'Renew the SSL certificate of the partner portal', projectId: 'IT' });
    expect(matches.filter((match) => match.decision !== null)).toEqual([]);
  });

  it('finds the real duplicate VS Code reports among the fixture issues', () => {
    const index = new DuplicateIndex();
    for (const entry of issues.filter((candidate) => candidate.number !== 165708)) {
      index.add(task(String(entry.number), entry.title, { description: entry.body, projectId: 'vscode' }));
    }
    const [best] = index.findDuplicates({ title: 'Не работает буква на клавиатуре.', description: issues.find((entry) => entry.number === 165708)?.body ?? '' });
    expect(best?.id).toBe('165711');
    expect(best?.score).toBeGreaterThan(0.95);
    const emmet = index.findDuplicates({ id: '154853', title: 'не срабатывает emment', description: issues.find((entry) => entry.number === 154853)?.body ?? '' });
    expect(emmet.slice(0, 3).map((match) => match.id)).toContain('154618');
  });

  it('flags two tasks that use the same stock photo even when their words differ', () => {
    const index = marketingIndex();
    index.add(task('SOC-1', 'Instagram carousel for the running shoes', { description: 'Hero: https://www.shutterstock.com/image-photo/runner-sunrise-2210345678', projectId: 'SOCIAL' }));
    const matches = index.findDuplicates({ title: 'Billboard at the central station', description: 'Visual: shutterstock_2210345678 (licensed by agency)' }, { topK: 1 });
    const reuse = matches.find((match) => match.id === 'SOC-1');
    expect(reuse?.sharedAssets).toEqual(['stock:shutterstock:2210345678']);
    expect(reuse?.decision).toBe('related');
    expect(reuse?.score).toBeLessThan(0.35);
  });

  it('does not claim a report about another website as a duplicate, however alike the words', () => {
    // Real SeaMonkey reports, filed one after the other about two German sites.
    const index = marketingIndex();
    index.add(task('SM-1', 'www.golem.de - The page freezes and presents performance issues', { projectId: 'WEBCOMPAT' }));
    const [otherSite] = index.findDuplicates({ title: 'www.digitalfernsehen.de - The page freezes and presents performance issues' });
    expect(otherSite?.id).toBe('SM-1');
    expect(otherSite?.score).toBeGreaterThan(0.55);
    expect(otherSite?.namesOtherSubject).toBe(true);
    expect(otherSite?.decision).toBe('related');
    const [sameSite] = index.findDuplicates({ title: 'golem.de: the page freezes and has performance issues' });
    expect(sameSite?.namesOtherSubject).toBe(false);
    expect(sameSite?.decision).toBe('likely-duplicate');
  });

  it('does not claim a fix to another file or a port of another ticket as a duplicate', () => {
    // Real SeaMonkey tasks from two series filed from one template each: different pages, different ports.
    const index = marketingIndex();
    index.add(task('SM-2', '[De] mailnews_preferences.xhtml: Typos', { projectId: 'HELP' }));
    index.add(task('SM-3', 'Port packaging parts of Bug 1647039 to SeaMonkey.', { projectId: 'BUILD' }));
    const [otherFile] = index.findDuplicates({ title: '[De] mailnews_security.xhtml: Typos' });
    expect(otherFile?.id).toBe('SM-2');
    expect(otherFile?.score).toBeGreaterThan(0.35);
    expect(otherFile?.namesOtherSubject).toBe(true);
    expect(otherFile?.decision).toBe('related');
    const [otherTicket] = index.findDuplicates({ title: 'Port calendar packaging changes of Bug 1710548 to SeaMonkey' });
    expect(otherTicket?.id).toBe('SM-3');
    expect(otherTicket?.namesOtherSubject).toBe(true);
    expect(otherTicket?.decision).not.toBe('likely-duplicate');
    const [sameFile] = index.findDuplicates({ title: 'Typos in [De] mailnews_preferences.xhtml' });
    expect(sameFile?.namesOtherSubject).toBe(false);
    expect(sameFile?.decision).toBe('likely-duplicate');
  });

  it('claims the same work filed by two teams under their own project keys, in any language', () => {
    // The brand team prefixes its epic key, the agency its own; the Polish team writes "Task 4512" in Russian.
    // Keys are how each team files its work, not what the work is about.
    const index = marketingIndex();
    index.add(task('BRD-12', '[BRD-12] Book a photographer for the Warsaw spring product shoot', { projectId: 'BRD', teamId: 'brand' }));
    const [agency] = index.findDuplicates({ title: '[AGY-3] Book a photographer for the Warsaw spring product shoot', projectId: 'AGY', teamId: 'agency' });
    expect(agency?.id).toBe('BRD-12');
    expect(agency?.score).toBeGreaterThan(0.95);
    expect(agency?.namesOtherSubject).toBe(false);
    expect(agency?.decision).toBe('likely-duplicate');
    const [numbered] = index.findDuplicates({ title: 'Задача 4512: Book a photographer for the Warsaw spring product shoot', projectId: 'RU' });
    expect(numbered?.id).toBe('BRD-12');
    expect(numbered?.namesOtherSubject).toBe(false);
    expect(numbered?.decision).toBe('likely-duplicate');
    const [quarter] = index.findDuplicates({ title: 'Q1-2026: book a photographer for the Warsaw spring product shoot (GPT-4 brief)', projectId: 'WEB' });
    expect(quarter?.namesOtherSubject).toBe(false);
    expect(quarter?.decision).toBe('likely-duplicate');
  });

  it('applies the scope: same task, same project, same team, closed long ago, created later', () => {
    const index = new DuplicateIndex();
    index.add(task('A', 'Spring webinar landing page', { projectId: 'WEB', teamId: 'web', createdAt: '2026-01-01T00:00:00Z' }));
    index.add(task('B', 'Landing page for the spring webinar', { projectId: 'EVENTS', teamId: 'events', createdAt: '2026-01-02T00:00:00Z', statusCategory: 'done', closedAt: '2025-06-01T00:00:00Z' }));
    index.add(task('C', 'Spring webinar: landing page', { projectId: 'EVENTS', teamId: 'web', createdAt: '2026-03-01T00:00:00Z' }));
    const query = { id: 'A', title: 'Spring webinar landing page', projectId: 'WEB', teamId: 'web' };
    const ids = (scope: object): string[] => index.findDuplicates(query, { scope }).map((match) => match.id).sort();
    expect(ids({})).toEqual(['B', 'C']);
    expect(ids({ sameProject: 'exclude' })).toEqual(['B', 'C']);
    expect(ids({ sameTeam: 'exclude' })).toEqual(['B']);
    expect(ids({ closedWithinDays: 90, asOf: '2026-02-01T00:00:00Z' })).toEqual(['C']);
    expect(ids({ closedWithinDays: 365, asOf: '2026-02-01T00:00:00Z' })).toEqual(['B', 'C']);
    expect(ids({ createdBefore: '2026-02-01T00:00:00Z' })).toEqual(['B']);
    expect(ids({ excludeTaskIds: ['C'] })).toEqual(['B']);
    expect(() => index.findDuplicates(query, { scope: { closedWithinDays: 90 } })).toThrow(/asOf/);
  });

  it('updates and removes tasks in place', () => {
    const index = marketingIndex();
    index.update(task('BRAND-1', 'Renew trademark registration', { teamId: 'brand' }));
    expect(index.findDuplicates({ title: 'Hire a photographer for the product photoshoot' })[0]?.id).not.toBe('BRAND-1');
    expect(index.remove('BRAND-1')).toBe(true);
    expect(index.remove('BRAND-1')).toBe(false);
    expect(index.size).toBe(7);
    expect(index.has('BRAND-1')).toBe(false);
  });
});

describe('DuplicateIndex and process-template steps', () => {
  const dryRun = (id: string, projectId: string, templateStepId?: string): DuplicateCandidateInput =>
    task(id, 'Dry run with speakers', { description: 'Rehearse the webinar with every speaker, slides and sound check.', projectId, teamId: projectId, ...(templateStepId ? { templateStepId } : {}) });

  it('calls two instances of one template step related, never likely duplicates: every webinar has its own dry run', () => {
    const index = marketingIndex();
    index.add(dryRun('WEB-1', 'WEB', 'dry-run'));
    const asStep = index.findDuplicates({ title: 'Dry run with speakers', description: 'Rehearse the webinar with every speaker, slides and sound check.', templateStepId: 'dry-run' });
    expect(asStep[0]).toMatchObject({ id: 'WEB-1', decision: 'related', sameTemplateStep: true });
    // Written by hand (no step), the same words are the same work.
    const byHand = index.findDuplicates({ title: 'Dry run with speakers', description: 'Rehearse the webinar with every speaker, slides and sound check.' });
    expect(byHand[0]).toMatchObject({ id: 'WEB-1', decision: 'likely-duplicate', sameTemplateStep: false });
  });

  it('keeps the step through serialisation', () => {
    const index = marketingIndex();
    index.add(dryRun('WEB-1', 'WEB', 'dry-run'));
    const again = deserialiseIndex(JSON.parse(JSON.stringify(serialiseIndex(index))));
    expect(again.findDuplicates({ title: 'Dry run with speakers', templateStepId: 'dry-run' })[0]).toMatchObject({ id: 'WEB-1', sameTemplateStep: true });
  });
});
