import { randomBytes } from 'node:crypto';
import { SecretBox } from '../../secrets/secret-box';
import { secretKeyFromBase64, secretKeyring } from '../../secrets/secret-keyring';

/**
 * A SecretBox under a fresh random key, for tests that store secrets.
 * @example const box = testSecretBox(); box.open(box.seal('s3cret', 'ctx'), 'ctx').reveal() // 's3cret'
 */
export function testSecretBox(): SecretBox {
  return new SecretBox(secretKeyring(secretKeyFromBase64('test key', randomBytes(32).toString('base64'))));
}
