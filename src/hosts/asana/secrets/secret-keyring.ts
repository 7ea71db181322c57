import { createHash } from 'node:crypto';

/** Bytes of an AES-256 key. */
export const SECRET_KEY_BYTES = 32;

const HOW_TO_MAKE_ONE = 'make one with `openssl rand -base64 32` and keep it out of the repository';

/** A key setting that is missing or malformed; the message names the variable, never its value. */
export class SecretKeyConfigError extends Error {
  override name = 'SecretKeyConfigError';
}

/** One AES-256 key with the id envelopes sealed with it carry. */
export interface SecretKey {
  /** 16 hex digits of the key's SHA-256: names the key in envelopes without revealing it. */
  readonly id: string;
  readonly bytes: Buffer;
}

/** The key new envelopes are sealed with, and retired keys that older envelopes may still need. */
export interface SecretKeyring {
  readonly current: SecretKey;
  byId(id: string): SecretKey | undefined;
  /** Every key id, current first, for messages about an envelope no key opens. */
  readonly ids: readonly string[];
}

const BASE64_OF_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

/**
 * A key from its base64 text (44 characters, as `openssl rand -base64 32` prints it). The error names
 * `variable` and what is wrong, never the value.
 * @example secretKeyFromBase64('MOPS_SECRET_KEY', 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=').id // 16 hex digits
 */
export function secretKeyFromBase64(variable: string, text: string): SecretKey {
  const trimmed = text.trim();
  if (!BASE64_OF_32_BYTES.test(trimmed)) {
    const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64').length : undefined;
    const found = bytes === undefined ? `${trimmed.length} characters that are not base64` : `${bytes} bytes of base64`;
    throw new SecretKeyConfigError(`${variable} must be ${SECRET_KEY_BYTES} random bytes in base64 (44 characters ending in "="); it holds ${found}. ${capitalised(HOW_TO_MAKE_ONE)}`);
  }
  const bytes = Buffer.from(trimmed, 'base64');
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes };
}

/**
 * A keyring over the current key and any retired ones.
 * @example const ring = secretKeyring(newKey, [oldKey]); ring.byId(oldKey.id) // oldKey
 */
export function secretKeyring(current: SecretKey, retired: readonly SecretKey[] = []): SecretKeyring {
  const keys = new Map<string, SecretKey>();
  for (const key of [current, ...retired]) if (!keys.has(key.id)) keys.set(key.id, key);
  return { current, byId: (id) => keys.get(id), ids: [...keys.keys()] };
}

/**
 * The keyring from the environment: `MOPS_SECRET_KEY` (required) seals everything new;
 * `MOPS_SECRET_KEYS_RETIRED` (optional, comma-separated) lists keys that only open older envelopes, so
 * a key can be rotated without a moment when stored tokens cannot be read. Thrown at start-up, the
 * error says which variable is wrong and how to make a key.
 * @example secretKeyringFromEnv({ MOPS_SECRET_KEY: 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=' }).current.id
 */
export function secretKeyringFromEnv(env: NodeJS.ProcessEnv): SecretKeyring {
  const current = env.MOPS_SECRET_KEY?.trim();
  if (!current) {
    throw new SecretKeyConfigError(
      `MOPS_SECRET_KEY is not set. Mops encrypts Asana tokens and webhook secrets with it: ${HOW_TO_MAKE_ONE}, then start Mops with MOPS_SECRET_KEY set to it`,
    );
  }
  const retired = (env.MOPS_SECRET_KEYS_RETIRED ?? '')
    .split(',')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text, index) => secretKeyFromBase64(`MOPS_SECRET_KEYS_RETIRED (key ${index + 1})`, text));
  return secretKeyring(secretKeyFromBase64('MOPS_SECRET_KEY', current), retired);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
