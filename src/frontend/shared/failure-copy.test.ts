import { failureCopy } from './failure-copy';
import { translatorFor } from './messages';

const en = translatorFor('en-US');
const ru = translatorFor('ru-RU');

describe('failureCopy', () => {
  it('asks for access on a missing permission, in the reader’s language, and offers no pointless retry', () => {
    const copy = failureCopy({ status: 'failed', kind: 'no-permission', message: 'Jira answered 403 for issue 10042' }, ru);
    expect(copy).toEqual({
      appearance: 'warning',
      title: 'У вас нет прав на просмотр',
      body: 'Запросите доступ у администратора Jira или администратора проекта.',
      canRetry: false,
    });
  });

  it('shows the server’s own words for a bad request, which name the field and value', () => {
    const copy = failureCopy({ status: 'failed', kind: 'bad-request', message: 'weeks must be at most 26' }, en);
    expect(copy).toMatchObject({ appearance: 'error', title: 'Mops could not accept this', body: 'weeks must be at most 26', canRetry: true });
  });

  it('explains an unreadable answer and keeps the technical reason as details', () => {
    const copy = failureCopy({ status: 'failed', kind: 'malformed', message: 'data.grid: Invalid input' }, en);
    expect(copy.title).toBe('Mops sent an answer this page cannot read');
    expect(copy.details).toBe('Details: data.grid: Invalid input');
  });

  it('says Mops is not responding, not the transport error, when a call times out', () => {
    const copy = failureCopy({ status: 'failed', kind: 'unavailable', message: 'Function timed out after 25 s' }, en);
    expect(copy).toMatchObject({ title: 'Mops is not responding', body: 'Try again in a moment. If this keeps happening, tell your Jira admin.', canRetry: true });
  });
});
