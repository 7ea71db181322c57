import { asanaOAuthConfigFromEnv, type AsanaOAuthConfig } from '../connect/oauth-config';
import { ASANA_APP_URL } from '../connect/http-asana-auth-api';
import { Secret } from '../secrets/secret';
import { secretKeyringFromEnv, type SecretKeyring } from '../secrets/secret-keyring';
import { ASANA_API_URL } from '../api/asana-transport';

/** How the Asana module of the app server is set up; see README "Connect Asana". */
export interface AsanaServerConfig {
  keyring: SecretKeyring;
  /** Where Asana reaches this server (webhook targets, form callbacks, the widget's resource URLs), no trailing slash. */
  publicUrl: string;
  /** OAuth connecting; absent when only personal access tokens connect. */
  oauth?: AsanaOAuthConfig;
  /** The Asana app's client secret: the key of App Components signatures. Without it those routes answer 503. */
  appClientSecret?: Secret;
  /** Asana's REST base (https://app.asana.com/api/1.0); a loopback fake in tests. */
  apiBaseUrl: string;
  /** Asana's OAuth and /users/me base (https://app.asana.com). */
  authBaseUrl: string;
  /** How often the Events API catch-up runs. */
  catchUpIntervalMs: number;
}

/** An Asana setting that is missing or malformed; the message names the variable, never a secret. */
export class AsanaServerConfigError extends Error {
  override name = 'AsanaServerConfigError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function publicUrlOf(text: string | undefined): string {
  const value = text?.trim() ?? '';
  if (value === '') throw new AsanaServerConfigError('MOPS_PUBLIC_URL is not set: Asana must reach this server for webhooks and App Components; set it to the public https URL of Mops, e.g. https://mops.example.com');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AsanaServerConfigError(`MOPS_PUBLIC_URL "${value}" is not a URL; expected e.g. https://mops.example.com`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new AsanaServerConfigError(`MOPS_PUBLIC_URL "${value}" must use https (http only for localhost): Asana delivers webhooks only to https targets`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The Asana module's settings from the environment, or undefined when MOPS_SECRET_KEY is not set (the
 * app server then runs without Asana). With the key set, MOPS_PUBLIC_URL is required; OAuth
 * (MOPS_ASANA_CLIENT_ID, MOPS_ASANA_CLIENT_SECRET) is optional, and the client secret also signs App
 * Components requests. MOPS_ASANA_CATCH_UP_SECONDS (default 300) paces the Events API catch-up.
 * @example asanaServerConfigFromEnv({ MOPS_SECRET_KEY: key, MOPS_PUBLIC_URL: 'https://mops.example.com' })?.publicUrl // 'https://mops.example.com'
 */
export function asanaServerConfigFromEnv(env: NodeJS.ProcessEnv): AsanaServerConfig | undefined {
  if (!env.MOPS_SECRET_KEY?.trim()) return undefined;
  const keyring = secretKeyringFromEnv(env);
  const publicUrl = publicUrlOf(env.MOPS_PUBLIC_URL);
  // MOPS_PUBLIC_URL is needed anyway, so OAuth counts as wanted only once a client variable is set.
  const oauth = env.MOPS_ASANA_CLIENT_ID?.trim() || env.MOPS_ASANA_CLIENT_SECRET?.trim() ? asanaOAuthConfigFromEnv(env) : undefined;
  const clientSecret = env.MOPS_ASANA_CLIENT_SECRET?.trim();
  const seconds = Number(env.MOPS_ASANA_CATCH_UP_SECONDS?.trim() || 300);
  if (!Number.isInteger(seconds) || seconds < 10 || seconds > 86_400) throw new AsanaServerConfigError(`MOPS_ASANA_CATCH_UP_SECONDS is "${env.MOPS_ASANA_CATCH_UP_SECONDS}"; expected whole seconds from 10 to 86400 (default 300)`);
  return {
    keyring,
    publicUrl,
    ...(oauth ? { oauth } : {}),
    ...(clientSecret ? { appClientSecret: new Secret(clientSecret) } : {}),
    apiBaseUrl: env.MOPS_ASANA_API_URL?.trim() || ASANA_API_URL,
    authBaseUrl: env.MOPS_ASANA_APP_URL?.trim() || ASANA_APP_URL,
    catchUpIntervalMs: seconds * 1000,
  };
}
