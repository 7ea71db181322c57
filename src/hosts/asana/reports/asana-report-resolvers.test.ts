import { asanaTaskUrl } from './asana-report-resolvers';

describe('asanaTaskUrl', () => {
  it('opens an Asana task in its project in Asana, by the bare gid', () => {
    expect(asanaTaskUrl({ id: 'asana:1209876500000042', projectId: '1208000000000007' })).toBe('https://app.asana.com/0/1208000000000007/1209876500000042');
  });
});
