import { issueOfEvent } from './issue-event';

describe('issueOfEvent', () => {
  it('reads the issue id and key from a Jira issue event, numeric ids included', () => {
    expect(issueOfEvent({ eventType: 'avi:jira:created:issue', issue: { id: '10042', key: 'EVT-12', fields: { summary: 'Stand' } }, atlassianId: 'u1' })).toEqual({ ok: true, id: '10042', key: 'EVT-12' });
    expect(issueOfEvent({ issue: { id: 10042 } })).toEqual({ ok: true, id: '10042' });
  });

  it('says why an event cannot be used', () => {
    expect(issueOfEvent({ issue: { id: 'EVT-12' } })).toMatchObject({ ok: false, reason: expect.stringContaining('issue.id "EVT-12" must be a numeric Jira issue id') });
    expect(issueOfEvent({ project: { id: '10000' } })).toMatchObject({ ok: false, reason: expect.stringContaining('issue') });
    expect(issueOfEvent(undefined)).toMatchObject({ ok: false });
  });
});
