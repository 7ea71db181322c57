import fc from 'fast-check';
import { filesNamedIn, nameDifferentSubjects, subjectsNamedIn, ticketsNamedIn } from './named-subjects';

describe('filesNamedIn', () => {
  it('finds the file a help-page or source report is about, by base name', () => {
    // Real SeaMonkey titles.
    expect(filesNamedIn('[De] mailnews_preferences.xhtml: Typos')).toEqual(['mailnews_preferences.xhtml']);
    expect(filesNamedIn('Fix JS strict warning in addHistory in cZ static.js')).toEqual(['static.js']);
    expect(filesNamedIn('"downloadmanager.properties": Links to Microsoft documents are dead')).toEqual(['downloadmanager.properties']);
    expect(filesNamedIn('IDBTransaction.h expected identifier CLEANUP')).toEqual(['idbtransaction.h']);
  });

  it('finds design and document files in marketing tasks, in any language', () => {
    expect(filesNamedIn('Retouch assets/hero_spring.PSD and export hero_spring.png')).toEqual(['hero_spring.png', 'hero_spring.psd']);
    expect(filesNamedIn('Poprawić literówki w cennik_2026.pdf')).toEqual(['cennik_2026.pdf']);
    expect(filesNamedIn('Обновить логотип в презентация-Q3.pptx')).toEqual(['презентация-q3.pptx']);
  });

  it('does not take sites, versions or sentence ends for files', () => {
    expect(filesNamedIn('www.golem.de - The page freezes in 2.53.1')).toEqual([]);
    expect(filesNamedIn('seamonkey fails to build with rust-1.73.0: error')).toEqual([]);
    expect(filesNamedIn('Banner for the spring sale. Copy in doc.')).toEqual([]);
  });
});

describe('ticketsNamedIn', () => {
  it('reads ticket references however they are introduced, as one number', () => {
    expect(ticketsNamedIn('Port packaging parts of Bug 1647039 to SeaMonkey.')).toEqual(['#1647039']);
    expect(ticketsNamedIn('Port |Bug 670033 - Persist deferred session across a browser restart|')).toEqual(['#670033']);
    expect(ticketsNamedIn('Follow-up to issue #4521')).toEqual(['#4521']);
    expect(ticketsNamedIn('Повторить задача 4512 для PL, zadanie 77')).toEqual(['#4512', '#77']);
  });

  it('reads Jira keys written in capitals, and not standards, versions or counts', () => {
    expect(ticketsNamedIn('Banner from WEB-12 for the app store')).toEqual(['WEB-12']);
    expect(ticketsNamedIn('UTF-8 in subject lines, COVID-19 banner')).toEqual([]);
    expect(ticketsNamedIn('fails to build with rust-1.73.0 on Windows-10')).toEqual([]);
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
