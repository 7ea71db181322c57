import { asanaServerConfigFromEnv } from './asana-server-config';

const KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';

describe('asanaServerConfigFromEnv', () => {
  it('is off without MOPS_SECRET_KEY, so the local host starts with no Asana settings at all', () => {
    expect(asanaServerConfigFromEnv({})).toBeUndefined();
    expect(asanaServerConfigFromEnv({ MOPS_PUBLIC_URL: 'https://mops.example.com' })).toBeUndefined();
  });

  it('reads the public URL, the App Components secret and the catch-up pace, with Asana’s own URLs by default', () => {
    const config = asanaServerConfigFromEnv({ MOPS_SECRET_KEY: KEY, MOPS_PUBLIC_URL: 'https://mops.example.com/', MOPS_ASANA_CLIENT_ID: '1209988776655', MOPS_ASANA_CLIENT_SECRET: 'c1i3nt-s3cret', MOPS_ASANA_CATCH_UP_SECONDS: '120' });
    expect(config).toMatchObject({ publicUrl: 'https://mops.example.com', apiBaseUrl: 'https://app.asana.com/api/1.0', authBaseUrl: 'https://app.asana.com', catchUpIntervalMs: 120_000 });
    expect(config?.appClientSecret?.reveal()).toBe('c1i3nt-s3cret');
    expect(config?.oauth?.redirectUri).toBe('https://mops.example.com/asana/oauth/callback');
  });

  it('refuses to start without a public URL Asana can deliver to, naming the variable', () => {
    expect(() => asanaServerConfigFromEnv({ MOPS_SECRET_KEY: KEY })).toThrow(/^MOPS_PUBLIC_URL is not set/);
    expect(() => asanaServerConfigFromEnv({ MOPS_SECRET_KEY: KEY, MOPS_PUBLIC_URL: 'http://mops.example.com' })).toThrow('MOPS_PUBLIC_URL "http://mops.example.com" must use https (http only for localhost): Asana delivers webhooks only to https targets');
    expect(() => asanaServerConfigFromEnv({ MOPS_SECRET_KEY: KEY, MOPS_PUBLIC_URL: 'https://mops.example.com', MOPS_ASANA_CATCH_UP_SECONDS: '2' })).toThrow(/^MOPS_ASANA_CATCH_UP_SECONDS is "2"/);
  });

  it('runs with personal access tokens only: no OAuth client, no App Components', () => {
    const config = asanaServerConfigFromEnv({ MOPS_SECRET_KEY: KEY, MOPS_PUBLIC_URL: 'https://mops.example.com' });
    expect([config?.oauth, config?.appClientSecret, config?.publicUrl]).toEqual([undefined, undefined, 'https://mops.example.com']);
  });
});
