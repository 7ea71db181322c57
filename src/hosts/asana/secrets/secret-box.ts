import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Secret } from './secret';
import type { SecretKeyring } from './secret-keyring';

/*
 * Envelope: `mops1.<key id>.<iv>.<ciphertext>.<tag>`, the last three base64url. AES-256-GCM with a fresh
 * 96-bit IV per seal; the additional data is the version, the key id and the record's `context`, so an
 * envelope copied into another row (another connection, another receiver) does not open there.
 */
const VERSION = 'mops1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ENVELOPE = /^mops1\.([0-9a-f]{16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/;

/** An envelope that cannot be opened: malformed, sealed with an unknown key, altered, or for another record. */
export class SecretEnvelopeError extends Error {
  override name = 'SecretEnvelopeError';
}

/**
 * Seals secrets for storage and opens them again, with the keys of a keyring: new envelopes use the
 * current key, older ones open with whichever key their id names. Nothing it throws contains a secret.
 * @example const box = new SecretBox(keyring); const sealed = box.seal(token, 'asana-connection/c1/access'); box.open(sealed, 'asana-connection/c1/access').reveal()
 */
export class SecretBox {
  constructor(private readonly keyring: SecretKeyring) {}

  /** `secret` encrypted for the record named by `context` (e.g. `asana-webhook/<receiverId>`). */
  seal(secret: Secret | string, context: string): string {
    const key = this.keyring.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(key.id, context));
    const plaintext = Buffer.from(typeof secret === 'string' ? new Secret(secret).reveal() : secret.reveal(), 'utf8');
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [VERSION, key.id, iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  /** The secret in `envelope`; throws `SecretEnvelopeError` when it was altered, is for another context, or its key is gone. */
  open(envelope: string, context: string): Secret {
    const parts = ENVELOPE.exec(envelope);
    if (!parts) throw new SecretEnvelopeError(`Stored secret for ${context} is not a Mops envelope (expected "${VERSION}.<key id>.<iv>.<ciphertext>.<tag>")`);
    const [, keyId = '', iv = '', ciphertext = '', tag = ''] = parts;
    const key = this.keyring.byId(keyId);
    if (!key) {
      throw new SecretEnvelopeError(
        `Stored secret for ${context} was sealed with key ${keyId}, which is neither MOPS_SECRET_KEY nor in MOPS_SECRET_KEYS_RETIRED (known: ${this.keyring.ids.join(', ')}); put the old key back in MOPS_SECRET_KEYS_RETIRED`,
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(keyId, context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
      return new Secret(plaintext.toString('utf8'));
    } catch {
      throw new SecretEnvelopeError(`Stored secret for ${context} failed its integrity check: it was altered, or it belongs to another record`);
    }
  }

  /** True when `envelope` was sealed with a retired key and should be sealed again with the current one. */
  needsResealing(envelope: string): boolean {
    return ENVELOPE.exec(envelope)?.[1] !== this.keyring.current.id;
  }

  /** `envelope` opened and sealed again with the current key: the step of a key rotation. */
  reseal(envelope: string, context: string): string {
    return this.seal(this.open(envelope, context), context);
  }
}

function additionalData(keyId: string, context: string): Buffer {
  return Buffer.from(`${VERSION}\n${keyId}\n${context}`, 'utf8');
}
