import { translatorFor } from './messages';
import { keyedName, readableKey, taskLinkText } from './readable-key';

describe('readableKey and keyedName', () => {
  it('keep the keys people read, Jira’s and the local host’s', () => {
    expect([readableKey('ATL'), readableKey('WEB-1'), keyedName('GRW-17', 'Black Friday 2026')]).toEqual(['ATL', 'WEB-1', 'GRW-17 Black Friday 2026']);
  });

  it('leave out an Asana gid, so an Asana project is named by its name alone', () => {
    expect([readableKey('1300000000000005'), keyedName('1300000000000005', 'Brand campaigns EMEA'), keyedName(undefined, 'Kestrel Marketing')]).toEqual([undefined, 'Brand campaigns EMEA', 'Kestrel Marketing']);
  });

  it('say a Jira project known only by its key once: WEB, not “WEB WEB”', () => {
    expect([keyedName('WEB', 'WEB'), keyedName('WEB', 'Web team site')]).toEqual(['WEB', 'WEB Web team site']);
  });

  it('link a Jira task by its key and an Asana task by “Open” in the reader’s language, never by its gid', () => {
    const open = (language: 'en' | 'ru' | 'pl') => translatorFor(language)('duplicatesReport.task.open');
    expect([taskLinkText('BRD-12', open('en')), taskLinkText('1300000000000021', open('en')), taskLinkText('1300000000000021', open('ru')), taskLinkText('1300000000000021', open('pl'))]).toEqual([
      'BRD-12',
      'Open',
      'Открыть',
      'Otwórz',
    ]);
  });
});
