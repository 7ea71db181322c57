import { Secret } from '../secrets/secret';

/** The Asana app Mops is registered as (Asana developer console → My apps). */
export interface AsanaOAuthClient {
  clientId: string;
  clientSecret: Secret;
}

export interface AsanaOAuthConfig extends AsanaOAuthClient {
  /** Where Asana sends people back: `<MOPS_PUBLIC_URL>/asana/oauth/callback`, registered with the app. */
  redirectUri: string;
  /** The origin of MOPS_PUBLIC_URL: forms posting to the connect routes must come from it. */
  publicOrigin: string;
  /**
   * Whether the app is registered for Asana's granular scopes (MOPS_ASANA_GRANULAR_SCOPES=true). The two
   * registrations refuse each other's requests, so viewers are asked for read-only scopes only then;
   * an app with Full permissions asks for none (Asana's default).
   */
  granularScopes?: boolean;
}

/** OAuth settings that are partly set or malformed; the message names the variable. */
export class AsanaOAuthConfigError extends Error {
  override name = 'AsanaOAuthConfigError';
}

export const OAUTH_CALLBACK_PATH = '/asana/oauth/callback';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The OAuth settings from MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET and MOPS_PUBLIC_URL; undefined
 * when none is set (Mops then connects with personal access tokens only). Some set and some not, or a
 * public URL that is not https (http is allowed for localhost only), is a start-up error.
 * @example asanaOAuthConfigFromEnv({ MOPS_ASANA_CLIENT_ID: '1209', MOPS_ASANA_CLIENT_SECRET: 's', MOPS_PUBLIC_URL: 'https://mops.example.com' })?.redirectUri // 'https://mops.example.com/asana/oauth/callback'
 */
export function asanaOAuthConfigFromEnv(env: NodeJS.ProcessEnv): AsanaOAuthConfig | undefined {
  const values = {
    MOPS_ASANA_CLIENT_ID: env.MOPS_ASANA_CLIENT_ID?.trim() ?? '',
    MOPS_ASANA_CLIENT_SECRET: env.MOPS_ASANA_CLIENT_SECRET?.trim() ?? '',
    MOPS_PUBLIC_URL: env.MOPS_PUBLIC_URL?.trim() ?? '',
  };
  const missing = Object.entries(values).filter(([, value]) => value === '').map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    throw new AsanaOAuthConfigError(`Asana OAuth is half configured: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set. Set all three of MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET (from the Asana developer console) and MOPS_PUBLIC_URL, or none to use personal access tokens only`);
  }
  let url: URL;
  try {
    url = new URL(values.MOPS_PUBLIC_URL);
  } catch {
    throw new AsanaOAuthConfigError(`MOPS_PUBLIC_URL "${values.MOPS_PUBLIC_URL}" is not a URL; expected where people reach Mops, e.g. https://mops.example.com`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new AsanaOAuthConfigError(`MOPS_PUBLIC_URL "${values.MOPS_PUBLIC_URL}" must use https (http only for localhost): Asana sends authorization codes to it`);
  }
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const granular = env.MOPS_ASANA_GRANULAR_SCOPES?.trim().toLowerCase() ?? '';
  if (!['', 'true', 'false'].includes(granular)) throw new AsanaOAuthConfigError(`MOPS_ASANA_GRANULAR_SCOPES "${env.MOPS_ASANA_GRANULAR_SCOPES}" is not true or false; set true only when the Asana app is registered for granular scopes`);
  return { clientId: values.MOPS_ASANA_CLIENT_ID, clientSecret: new Secret(values.MOPS_ASANA_CLIENT_SECRET), redirectUri: `${base}${OAUTH_CALLBACK_PATH}`, publicOrigin: url.origin, ...(granular === 'true' ? { granularScopes: true } : {}) };
}
