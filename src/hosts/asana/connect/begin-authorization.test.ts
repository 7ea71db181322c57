import { Secret } from '../secrets/secret';
import { beginAuthorization } from './begin-authorization';
import type { AsanaOAuthConfig } from './oauth-config';
import type { PendingAuthorization } from './oauth-state';

const oauth: AsanaOAuthConfig = { clientId: '1209000000000001', clientSecret: new Secret('kestrel-client-secret'), redirectUri: 'https://mops.example.com/asana/oauth/callback', publicOrigin: 'https://mops.example.com' };
const clock = { now: () => new Date('2026-11-23T10:00:00Z') };

async function begin(config: AsanaOAuthConfig, purpose: 'connect' | 'sign-in'): Promise<{ url: URL; pending: PendingAuthorization | undefined }> {
  let pending: PendingAuthorization | undefined;
  const states = { begin: async (_state: string, started: PendingAuthorization) => void (pending = started), consume: async () => undefined };
  const url = new URL(await beginAuthorization({ oauth: config, states, clock }, { personId: 'p-oliver-bennett', purpose }));
  return { url, pending };
}

describe('beginAuthorization', () => {
  it('asks a viewer for read-only scopes only when the app is registered for granular scopes', async () => {
    const granular = await begin({ ...oauth, granularScopes: true }, 'sign-in');
    expect(granular.url.searchParams.get('scope')).toBe('users:read workspaces:read projects:read teams:read tasks:read tags:read custom_fields:read');
    // An app with Full permissions refuses named scopes: it asks for none, viewers and connections alike.
    expect((await begin(oauth, 'sign-in')).url.searchParams.has('scope')).toBe(false);
    expect((await begin({ ...oauth, granularScopes: true }, 'connect')).url.searchParams.has('scope')).toBe(false);
  });

  it('keeps who started it, for what, and lets the state live ten minutes', async () => {
    const { url, pending } = await begin(oauth, 'sign-in');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(pending).toMatchObject({ personId: 'p-oliver-bennett', purpose: 'sign-in', expiresAt: new Date('2026-11-23T10:10:00Z') });
  });
});
