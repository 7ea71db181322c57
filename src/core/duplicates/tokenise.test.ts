import issues from './__fixtures__/vscode-issues.json';
import { segmentWords, tokenise } from './tokenise';

const terms = (text: string): string[] => tokenise(text).map((token) => token.term);
const issue = (number: number): { title: string; body: string; language: string } => {
  const found = issues.find((entry) => entry.number === number);
  if (found === undefined) throw new Error(`fixture has no issue ${number}`);
  return found;
};

describe('tokenise', () => {
  it('stems English words and drops function words', () => {
    expect(terms('Book a photographer for the Q1 product shoot')).toEqual(['book', 'photograph', 'q1', 'product', 'shoot']);
  });

  it('stems a real Russian title with the Russian stemmer and folds ё into е', () => {
    // VS Code issue 197171: "Shortcuts stopped working"
    expect(terms(issue(197171).title)).toEqual(['переста', 'работа', 'шорткат']);
    expect(terms('Съёмка')).toEqual(terms('Съемка'));
  });

  it('marks Cyrillic words as Russian and keeps Latin words of a Russian text in English', () => {
    // VS Code issue 158153: "Git bash terminal error" with a Russian body quoting English product names
    const tokens = tokenise(`${issue(158153).title}\n${issue(158153).body}`);
    expect(tokens.find((token) => token.folded === 'терминала')?.language).toBe('ru');
    expect(tokens.find((token) => token.folded === 'bash')?.language).toBe('en');
    expect(tokens.some((token) => token.folded === 'bug')).toBe(false);
  });

  it('treats a real Polish issue as Polish even for words without Polish letters', () => {
    // VS Code issue 156012: "Settings, a general button to get to settings.json"
    const tokens = tokenise(issue(156012).title);
    expect(tokens.map((token) => [token.folded, token.language, token.term])).toEqual([
      ['ustawienia', 'pl', 'ustawien'],
      ['ogólny', 'pl', 'ogóln'],
      ['przycisk', 'pl', 'przycisk'],
      ['dostać', 'pl', 'dost'],
      ['settings', 'pl', 'settings'],
      ['json', 'pl', 'json'],
    ]);
  });

  it('brings Polish inflections of one word to one stem and keeps ł apart from l', () => {
    expect(new Set(terms('kampania kampanii kampanię kampanią'))).toEqual(new Set(['kampan']));
    expect(terms('łączyć')).not.toEqual(terms('laczyc'));
  });

  it('drops the VS Code issue-form line "Type: <b>Bug</b>" from every real issue', () => {
    for (const entry of issues) {
      expect(terms(entry.body)).not.toContain('bug');
      expect(tokenise(entry.body).every((token) => token.surface !== 'b')).toBe(true);
    }
  });

  it('gives every real Russian and Polish issue at least one stemmed term in its own language', () => {
    for (const entry of issues.filter((candidate) => candidate.language !== 'en')) {
      const languages = tokenise(`${entry.title} ${entry.body}`).map((token) => token.language);
      expect(languages).toContain(entry.language);
    }
  });

  it('drops German function words from a real German report, which would otherwise be rare and telling', () => {
    // SeaMonkey bug 1681236 ("Zugriff auf Google Drive") quotes Google's German sign-in page.
    const tokens = tokenise('Anmeldung nicht möglich. Entweder unterstützt der verwendete Browser JavaScript nicht oder JavaScript ist deaktiviert.');
    expect(tokens.every((token) => token.language === 'de')).toBe(true);
    expect(tokens.map((token) => token.term)).toEqual(['anmeld', 'unterstutzt', 'verwendet', 'brows', 'javascript', 'javascript', 'deaktiviert']);
  });

  it('keeps an English title English when it abbreviates "version" to a German stop letter', () => {
    // SeaMonkey bug 1620759: "v." alone once made the title German and its words unstemmed for English.
    expect(terms('Missing sort direction arrows in v. 2.53.1')).toEqual(['miss', 'sort', 'direct', 'arrow']);
  });

  it('keeps an English title English when its function words are also German or Polish ones', () => {
    // "in" is English and German, "one" is Polish ("they"): counting "in" only for German made this Polish.
    expect(tokenise('Webinar: budgeting campaigns in one currency').map((token) => token.language)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('ignores version numbers and long ids, keeps short numbers', () => {
    expect(terms('SeaMonkey 2.53.17 crashes, build 20231202, since 2026')).toEqual(['seamonkey', 'crash', 'build', '2026']);
  });
});

describe('segmentWords', () => {
  it('splits the real Russian and Polish issues exactly as Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    for (const entry of issues) {
      const text = `${entry.title}\n${entry.body}`;
      const reference = [...segmenter.segment(text)]
        .filter((segment) => segment.isWordLike === true)
        .flatMap((segment) => (/^[\d.]+$/.test(segment.segment) ? [segment.segment] : segment.segment.split(/[._]+/).filter((part) => part !== '')));
      expect(segmentWords(text)).toEqual(reference);
    }
  });
});
