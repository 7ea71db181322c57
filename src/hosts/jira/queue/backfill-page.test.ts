import { BACKFILL_JQL, backfillJql } from './backfill-page';

describe('backfillJql', () => {
  it('starts from the first issue and resumes after the last one indexed, oldest id first', () => {
    expect(backfillJql(BACKFILL_JQL)).toBe('created >= "1970-01-01" ORDER BY id ASC');
    expect(backfillJql(BACKFILL_JQL, '102000')).toBe('created >= "1970-01-01" AND id > 102000 ORDER BY id ASC');
  });

  it('refuses a stored position that does not name a numeric issue id', () => {
    expect(() => backfillJql(BACKFILL_JQL, 'EVT-12) OR (1=1')).toThrow('Backfill position names issue id "EVT-12) OR (1=1"; expected a numeric Jira issue id such as "10042"');
  });
});
