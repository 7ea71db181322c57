import { randomBytes } from 'node:crypto';
import { SecretKeyConfigError, secretKeyFromBase64, secretKeyringFromEnv } from './secret-keyring';

const KEY_A = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';
const KEY_B = randomBytes(32).toString('base64');

describe('secretKeyringFromEnv', () => {
  it('refuses to start without MOPS_SECRET_KEY and says how to make one', () => {
    expect(() => secretKeyringFromEnv({})).toThrow(SecretKeyConfigError);
    expect(() => secretKeyringFromEnv({ MOPS_SECRET_KEY: '  ' })).toThrow(/^MOPS_SECRET_KEY is not set\. .*`openssl rand -base64 32`/);
  });

  it('names the variable and the size found for a malformed key, never the key itself', () => {
    const sixteenBytes = randomBytes(16).toString('base64');
    let message = '';
    try {
      secretKeyringFromEnv({ MOPS_SECRET_KEY: sixteenBytes });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^MOPS_SECRET_KEY must be 32 random bytes in base64 .* it holds 16 bytes of base64\. Make one with `openssl rand -base64 32`/);
    expect(message).not.toContain(sixteenBytes);
    expect(() => secretKeyringFromEnv({ MOPS_SECRET_KEY: 'correct horse battery staple' })).toThrow('it holds 28 characters that are not base64');
    expect(() => secretKeyringFromEnv({ MOPS_SECRET_KEY: KEY_A, MOPS_SECRET_KEYS_RETIRED: `${KEY_B},nope` })).toThrow(/^MOPS_SECRET_KEYS_RETIRED \(key 2\) must be 32 random bytes/);
  });

  it('keeps the current key first and finds retired keys by id', () => {
    const ring = secretKeyringFromEnv({ MOPS_SECRET_KEY: KEY_B, MOPS_SECRET_KEYS_RETIRED: ` ${KEY_A} ,` });
    const keyA = secretKeyFromBase64('test', KEY_A);
    expect(ring.current.bytes.equals(Buffer.from(KEY_B, 'base64'))).toBe(true);
    expect(ring.ids).toEqual([ring.current.id, keyA.id]);
    expect(ring.byId(keyA.id)?.bytes.equals(keyA.bytes)).toBe(true);
    expect(keyA.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
