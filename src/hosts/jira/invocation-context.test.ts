import { invocationInfo } from './invocation-context';

describe('invocationInfo', () => {
  it('takes the installation from the context Forge passes, or from the context inside a scheduled event', () => {
    expect(invocationInfo({ installContext: 'ari:cloud:jira::site/7c3e', siteUrl: 'https://acme.atlassian.net' })).toEqual({ installationId: 'ari:cloud:jira::site/7c3e', siteUrl: 'https://acme.atlassian.net' });
    expect(invocationInfo(undefined, { context: { cloudId: '7c3e', moduleKey: 'weekly-digest-schedule' } })).toEqual({ installationId: '7c3e' });
  });

  it('prefers the first context that names the installation, and ignores a site address that is not a URL', () => {
    expect(invocationInfo({ installContext: 'first', siteUrl: 'not a url' }, { installContext: 'second' })).toEqual({ installationId: 'first' });
    expect(invocationInfo(null, 'text')).toEqual({ installationId: 'installation' });
  });
});
