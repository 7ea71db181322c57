import { generateDemoOrganisation } from '../../demo';
import { DuplicateIndex } from './duplicate-index';
import { findConcepts, withConcepts } from './concepts';
import { MARKETING_LEXICON } from './marketing-lexicon';
import { tokenise } from './tokenise';

const concepts = (text: string): string[] => findConcepts(tokenise(text)).map((match) => match.term);

describe('marketing lexicon', () => {
  it('has one entry per concept id, with a form in each of English, Russian and Polish (May has no safe English form)', () => {
    const ids = MARKETING_LEXICON.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(150);
    const missing = MARKETING_LEXICON.filter(([, en, ru, pl]) => [en, ru, pl].some((column) => column.trim() === '')).map(([id]) => id);
    expect(missing).toEqual(['may']);
  });

  it('gives every form at least one word the tokeniser keeps, so no form is silently dead', () => {
    const dead = MARKETING_LEXICON.flatMap(([id, ...columns]) =>
      columns.flatMap((column) => column.split('|')).filter((form) => form !== '' && tokenise(form).length === 0).map((form) => `${id}: ${form}`),
    );
    expect(dead).toEqual([]);
  });
});

describe('findConcepts', () => {
  it('maps the same deliverable written in three languages to one concept', () => {
    expect(concepts('Prepare the press release')).toEqual(['~prepare', '~press-release']);
    expect(concepts('Подготовить пресс-релиз')).toEqual(['~prepare', '~press-release']);
    expect(concepts('Przygotować informację prasową')).toEqual(['~prepare', '~press-release']);
  });

  it('matches inflected Russian and Polish forms through their stems', () => {
    expect(concepts('Сделать баннеры для вебинара')).toEqual(['~create', '~banner', '~webinar']);
    expect(concepts('Zestaw banerów na stronę docelową webinaru')).toEqual(['~banner', '~landing-page', '~webinar']);
  });

  it('prefers the longest phrase: "landing page" is one concept, a lone "page" another', () => {
    expect(concepts('landing page copy')).toEqual(['~landing-page']);
    expect(concepts('page')).toEqual(['~page']);
  });

  it('leaves words outside the lexicon alone and keeps how the author wrote the matched ones', () => {
    const tokens = withConcepts(tokenise('Рассылка для клиентов Atlas'));
    expect(tokens.map((token) => [token.term, token.surface])).toEqual([
      ['~newsletter', 'Рассылка'],
      ['~customer', 'клиентов'],
      ['atlas', 'Atlas'],
    ]);
  });
});

describe('cross-language duplicates in the demo organisation', () => {
  it('shows the Russian customer email about the Business+ plan as related to its English twin', () => {
    const organisation = generateDemoOrganisation(1);
    const english = organisation.tasks.find((task) => task.id === 'dup-tariff-email-en');
    if (english === undefined) throw new Error('demo organisation has no task dup-tariff-email-en');
    const index = new DuplicateIndex();
    for (const task of organisation.tasks) if (task.id !== english.id) index.add(task);
    const [best] = index.findDuplicates({ title: english.title, description: english.description, projectId: english.projectId, teamId: english.teamId });
    expect(best?.id).toBe('dup-tariff-email-ru');
    expect(best?.decision).toBe('related');
    expect(best?.matchedTerms).toEqual(expect.arrayContaining(['customer', 'pricing', 'February']));
  });
});
