import { asanaOAuthConfigFromEnv } from './oauth-config';

describe('asanaOAuthConfigFromEnv', () => {
  it('reads the client and derives the callback URL from MOPS_PUBLIC_URL', () => {
    const config = asanaOAuthConfigFromEnv({ MOPS_ASANA_CLIENT_ID: '1209988776655', MOPS_ASANA_CLIENT_SECRET: 'c1i3nt-s3cret', MOPS_PUBLIC_URL: 'https://mops.example.com/app/' });
    expect(config?.clientId).toBe('1209988776655');
    expect(config?.clientSecret.reveal()).toBe('c1i3nt-s3cret');
    expect(config?.redirectUri).toBe('https://mops.example.com/app/asana/oauth/callback');
    expect(config?.publicOrigin).toBe('https://mops.example.com');
    expect(JSON.stringify(config)).not.toContain('c1i3nt-s3cret');
  });

  it('is off when nothing is set, and a start-up error when only part is', () => {
    expect(asanaOAuthConfigFromEnv({})).toBeUndefined();
    expect(() => asanaOAuthConfigFromEnv({ MOPS_ASANA_CLIENT_ID: '1209988776655' })).toThrow('Asana OAuth is half configured: MOPS_ASANA_CLIENT_SECRET and MOPS_PUBLIC_URL are not set');
  });

  it('refuses a public URL Asana would send codes to in clear, except on localhost', () => {
    const client = { MOPS_ASANA_CLIENT_ID: '1209988776655', MOPS_ASANA_CLIENT_SECRET: 'c1i3nt-s3cret' };
    expect(() => asanaOAuthConfigFromEnv({ ...client, MOPS_PUBLIC_URL: 'http://mops.example.com' })).toThrow('MOPS_PUBLIC_URL "http://mops.example.com" must use https (http only for localhost)');
    expect(() => asanaOAuthConfigFromEnv({ ...client, MOPS_PUBLIC_URL: 'mops.example.com' })).toThrow('MOPS_PUBLIC_URL "mops.example.com" is not a URL');
    expect(asanaOAuthConfigFromEnv({ ...client, MOPS_PUBLIC_URL: 'http://localhost:3000' })?.redirectUri).toBe('http://localhost:3000/asana/oauth/callback');
  });

  it('names scopes only for an app registered for granular scopes, and refuses a setting that is neither true nor false', () => {
    const env = { MOPS_ASANA_CLIENT_ID: '1209988776655', MOPS_ASANA_CLIENT_SECRET: 'c1i3nt-s3cret', MOPS_PUBLIC_URL: 'https://mops.example.com' };
    expect(asanaOAuthConfigFromEnv(env)?.granularScopes).toBeUndefined();
    expect(asanaOAuthConfigFromEnv({ ...env, MOPS_ASANA_GRANULAR_SCOPES: 'TRUE' })?.granularScopes).toBe(true);
    expect(() => asanaOAuthConfigFromEnv({ ...env, MOPS_ASANA_GRANULAR_SCOPES: 'yes' })).toThrow('MOPS_ASANA_GRANULAR_SCOPES "yes" is not true or false');
  });
});
