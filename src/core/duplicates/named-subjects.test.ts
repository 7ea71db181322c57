import fc from 'fast-check';
import { filesNamedIn, nameDifferentSubjects, subjectsNamedIn, ticketsNamedIn } from './named-subjects';

describe('filesNamedIn', () => {
  it('finds the file a help-page or source report is about, by base name', () => {
    // Real SeaMonkey titles.
    expect(filesNamedIn('[De] mailnews_preferences.xhtml: Typos')).toEqual(['mailnews_preferences.xhtml']);
    expect(filesNamedIn('Fix JS strict warning in addHistory in cZ static.js')).toEqual(['static.js']);
    expect(filesNamedIn('IDBTransaction.h expected identifier CLEANUP')).toEqual(['idbtransaction.h']);
    expect(filesNamedIn('Crash on start with a corrupt places.sqlite')).toEqual(['places.sqlite']);
  });

  it('finds design and document files in marketing tasks, in any language, whatever their extension', () => {
    expect(filesNamedIn('Retouch assets/hero_spring.PSD and export hero_spring.png')).toEqual(['hero_spring.png', 'hero_spring.psd']);
    expect(filesNamedIn('Poprawić literówki w cennik_2026.pdf')).toEqual(['cennik_2026.pdf']);
    expect(filesNamedIn('Обновить логотип в презентация-Q3.pptx')).toEqual(['презентация-q3.pptx']);
    // Extensions no list would think of: an After Effects project, a 7-Zip archive.
    expect(filesNamedIn('Render intro.aep and send brand_kit.7z to the agency')).toEqual(['brand_kit.7z', 'intro.aep']);
  });

  it('does not take sites, versions, abbreviations or sentence ends for files', () => {
    expect(filesNamedIn('www.golem.de - The page freezes in 2.53.1')).toEqual([]);
    expect(filesNamedIn('Landing page for acme.com and acme.co.uk')).toEqual([]);
    expect(filesNamedIn('seamonkey fails to build with rust-1.73.0: error')).toEqual([]);
    expect(filesNamedIn('SeaMonkey 2.53.17b1 and v2.53.8.b1 crash; Firefox-78.0esr does not; 2.4x slower')).toEqual([]);
    expect(filesNamedIn('Banner for the spring sale. Copy in doc.')).toEqual([]);
    expect(filesNamedIn('Shorter copy, e.g. for push, т.е. без деталей, m.in. na baner')).toEqual([]);
    expect(filesNamedIn('Send it to anna.nowak@acme.pl')).toEqual([]);
  });

  it('does not take preference or method names, whose last part is a word', () => {
    // Real SeaMonkey titles.
    expect(filesNamedIn('Add UI for intl.locale.matchOS')).toEqual([]);
    expect(filesNamedIn('browser.search.openintab is ignored')).toEqual([]);
    expect(filesNamedIn('window.postMessage fails in frames')).toEqual([]);
  });
});

describe('ticketsNamedIn', () => {
  it('reads ticket references however they are introduced, as one number', () => {
    expect(ticketsNamedIn('Port packaging parts of Bug 1647039 to SeaMonkey.')).toEqual(['#1647039']);
    expect(ticketsNamedIn('Port |Bug 670033 - Persist deferred session across a browser restart|')).toEqual(['#670033']);
    expect(ticketsNamedIn('Follow-up to issue #4521')).toEqual(['#4521']);
    expect(ticketsNamedIn('Повторить задача 4512 для PL, zadanie 77')).toEqual(['#4512', '#77']);
  });

  it('reads the Russian and Polish ticket words in every case they are written in', () => {
    expect(ticketsNamedIn('Как в задаче 4512, но для Казахстана')).toEqual(['#4512']);
    expect(ticketsNamedIn('Доделать задачу № 4512 и закрыть тикета 88')).toEqual(['#4512', '#88']);
    expect(ticketsNamedIn('Исправить ошибку 5120 в рассылке')).toEqual(['#5120']);
    expect(ticketsNamedIn('Dokończyć zadania 77 ze zgłoszenia nr 4521')).toEqual(['#4521', '#77']);
    expect(ticketsNamedIn('Poprawka błędu 301 i błąd 302 na stronie')).toEqual(['#301', '#302']);
  });

  it('does not take project or campaign keys, quarters, product codes or a bare number for a ticket', () => {
    expect(ticketsNamedIn('[BRD-12] Book a photographer for the Warsaw spring product shoot')).toEqual([]);
    expect(ticketsNamedIn('Banner from WEB-12 for the app store')).toEqual([]);
    expect(ticketsNamedIn('Q1-2026 EMEA-2026 plan: A4-100 flyers, GPT-4 copy, SKU-1234 packshots')).toEqual([]);
    expect(ticketsNamedIn('#12 on the list, #4521 in the channel')).toEqual([]);
    expect(ticketsNamedIn('Print 5000 flyers for 2026, 12 pages')).toEqual([]);
  });
});

describe('subjectsNamedIn', () => {
  it('names each subject with its kind', () => {
    expect(subjectsNamedIn('www.golem.de - The page freezes')).toEqual(['site:golem.de']);
    expect(subjectsNamedIn('Fix JS strict warning in addHistory in cZ static.js after Bug 1452645')).toEqual(['file:static.js', 'ticket:#1452645']);
    expect(subjectsNamedIn('Book a photographer for the Q1 product shoot')).toEqual([]);
  });
});

describe('nameDifferentSubjects', () => {
  it('tells two subjects of one kind apart, and says nothing across kinds or when a title names none', () => {
    // "[De] mailnews_security.xhtml: Typos" and "[De] mailnews_preferences.xhtml: Typos": two pages, two fixes.
    expect(nameDifferentSubjects(subjectsNamedIn('[De] mailnews_security.xhtml: Typos'), subjectsNamedIn('[De] mailnews_preferences.xhtml: Typos'))).toBe(true);
    expect(nameDifferentSubjects(['site:golem.de'], ['site:digitalfernsehen.de'])).toBe(true);
    expect(nameDifferentSubjects(['ticket:#645428'], ['ticket:#670033'])).toBe(true);
    expect(nameDifferentSubjects(['site:google.com', 'site:google.nl'], ['site:google.nl'])).toBe(false);
    expect(nameDifferentSubjects(['site:acme.com'], ['file:hero.psd'])).toBe(false);
    expect(nameDifferentSubjects([], ['site:acme.com'])).toBe(false);
  });

  it('contradicts when any one kind does, even if another kind is shared', () => {
    expect(nameDifferentSubjects(['file:pricing.html', 'site:acme.com'], ['file:about.html', 'site:acme.com'])).toBe(true);
  });

  it('is symmetric and never tells a task apart from itself', () => {
    const subject = fc.tuple(fc.constantFrom('site', 'file', 'ticket'), fc.constantFrom('a', 'b', 'c')).map(([kind, name]) => `${kind}:${name}`);
    const subjects = fc.uniqueArray(subject, { maxLength: 4 });
    fc.assert(
      fc.property(subjects, subjects, (left, right) => {
        expect(nameDifferentSubjects(left, right)).toBe(nameDifferentSubjects(right, left));
        expect(nameDifferentSubjects(left, left)).toBe(false);
      }),
    );
  });
});
