import { hasMessage, LANGUAGES, languageOf, MESSAGES, type MessageKey, translate, translatorFor } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const englishKeys = Object.keys(MESSAGES.en) as MessageKey[];

describe('the messages module', () => {
  it('has every English key in Russian and Polish, and no key English lacks', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGES[language]).sort()).toEqual([...englishKeys].sort());
    }
    expect(englishKeys.length).toBeGreaterThan(150);
  });

  it('gives every key a non-empty text with the same placeholders in all three languages', () => {
    const problems: string[] = [];
    for (const key of englishKeys) {
      const expected = placeholders(MESSAGES.en[key]);
      for (const language of LANGUAGES) {
        const text = MESSAGES[language][key];
        if (text.trim() === '') problems.push(`${language} ${key}: empty`);
        if (JSON.stringify(placeholders(text)) !== JSON.stringify(expected)) problems.push(`${language} ${key}: ${placeholders(text).join(',')} vs ${expected.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is translated, not copied: Russian is in Cyrillic and most Polish texts differ from English', () => {
    const cyrillic = englishKeys.filter((key) => /[а-яё]/i.test(MESSAGES.ru[key]));
    const polishSameAsEnglish = englishKeys.filter((key) => MESSAGES.pl[key] === MESSAGES.en[key]);
    expect(cyrillic.length / englishKeys.length).toBeGreaterThan(0.9);
    // A few are the same word in both (e.g. "Media", the "{task} ({time})" pattern).
    expect(polishSameAsEnglish.length).toBeLessThan(5);
  });
});

describe('languageOf', () => {
  it('reads Jira locales with either separator and falls back to English', () => {
    expect(languageOf('ru-RU')).toBe('ru');
    expect(languageOf('pl_PL')).toBe('pl');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('')).toBe('en');
  });
});

describe('translate', () => {
  it('fills placeholders in the reader’s language', () => {
    expect(translate('ru', 'panel.template.title', { name: 'Вебинар', version: 2 })).toBe('Шаблон: Вебинар (версия 2)');
    expect(translate('pl', 'action.done.duplicate', { key: 'BRD-77' })).toBe('BRD-77 połączono jako duplikat.');
    expect(translate('en', 'capacity.cell', { allocated: '50 hr', available: '40 hr' })).toBe('50 hr of 40 hr');
  });

  it('leaves a placeholder with no value visible rather than dropping it', () => {
    expect(translate('en', 'action.failed', { key: 'BRD-77' })).toBe('Couldn’t update BRD-77: {message}');
  });

  it('binds to a locale through translatorFor', () => {
    expect(translatorFor('pl-PL')('action.dismiss')).toBe('Odrzuć');
    expect(translatorFor('fr-FR')('action.dismiss')).toBe('Dismiss');
  });

  it('knows which run-time keys exist', () => {
    expect(hasMessage('category.media')).toBe(true);
    expect(hasMessage('category.stock-assets')).toBe(true);
    expect(hasMessage('category.influencers')).toBe(false);
    expect(hasMessage('toString')).toBe(false);
  });
});
