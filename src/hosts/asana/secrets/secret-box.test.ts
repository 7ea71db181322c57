import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { Secret } from './secret';
import { SecretBox, SecretEnvelopeError } from './secret-box';
import { secretKeyFromBase64, secretKeyring } from './secret-keyring';

const oldKey = secretKeyFromBase64('old', randomBytes(32).toString('base64'));
const newKey = secretKeyFromBase64('new', randomBytes(32).toString('base64'));
const CONTEXT = 'asana-connection/c-7f3a/access';
const TOKEN = '2/1200445566/1209988:5f0c1d2e3a4b';

/** The envelope with one base64url character of the part at `index` changed. */
function flipped(envelope: string, index: number): string {
  const parts = envelope.split('.');
  const part = parts[index] ?? '';
  const first = part.charAt(0) === 'A' ? 'B' : 'A';
  parts[index] = first + part.slice(1);
  return parts.join('.');
}

describe('SecretBox', () => {
  const box = new SecretBox(secretKeyring(newKey));

  it('opens what it sealed, for any text, and seals the same secret differently each time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), (text) => {
        expect(box.open(box.seal(text, CONTEXT), CONTEXT).reveal()).toBe(text);
      }),
    );
    const first = box.seal(new Secret(TOKEN), CONTEXT);
    const second = box.seal(new Secret(TOKEN), CONTEXT);
    expect(first).not.toBe(second);
    expect(first).toMatch(new RegExp(`^mops1\\.${newKey.id}\\.`));
    expect(first).not.toContain('5f0c1d2e3a4b');
  });

  it('detects any change to the IV, the ciphertext or the tag', () => {
    const sealed = box.seal(TOKEN, CONTEXT);
    for (const index of [2, 3, 4]) {
      expect(() => box.open(flipped(sealed, index), CONTEXT)).toThrow(new SecretEnvelopeError(`Stored secret for ${CONTEXT} failed its integrity check: it was altered, or it belongs to another record`));
    }
    expect(() => box.open(sealed.slice(0, -2), CONTEXT)).toThrow('is not a Mops envelope');
  });

  it('does not open an envelope copied into another record', () => {
    const sealed = box.seal(TOKEN, 'asana-webhook/rcv-00000001');
    expect(() => box.open(sealed, 'asana-webhook/rcv-00000002')).toThrow('failed its integrity check');
  });

  it('refuses an envelope whose key id was swapped for the current key (the id is authenticated)', () => {
    const sealedWithOld = new SecretBox(secretKeyring(oldKey)).seal(TOKEN, CONTEXT);
    const relabelled = sealedWithOld.replace(oldKey.id, newKey.id);
    expect(() => box.open(relabelled, CONTEXT)).toThrow('failed its integrity check');
  });

  it('cannot open with the wrong key, and says which key the envelope needs', () => {
    const sealedWithOld = new SecretBox(secretKeyring(oldKey)).seal(TOKEN, CONTEXT);
    expect(() => box.open(sealedWithOld, CONTEXT)).toThrow(`was sealed with key ${oldKey.id}, which is neither MOPS_SECRET_KEY nor in MOPS_SECRET_KEYS_RETIRED (known: ${newKey.id})`);
  });

  it('rotates: old envelopes still open with the retired key, and resealing moves them to the new key', () => {
    const sealedWithOld = new SecretBox(secretKeyring(oldKey)).seal(TOKEN, CONTEXT);
    const rotated = new SecretBox(secretKeyring(newKey, [oldKey]));
    expect(rotated.open(sealedWithOld, CONTEXT).reveal()).toBe(TOKEN);
    expect(rotated.needsResealing(sealedWithOld)).toBe(true);

    const resealed = rotated.reseal(sealedWithOld, CONTEXT);
    expect(rotated.needsResealing(resealed)).toBe(false);
    expect(box.open(resealed, CONTEXT).reveal()).toBe(TOKEN);
  });
});
