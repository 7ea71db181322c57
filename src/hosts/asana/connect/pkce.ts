import { createHash, randomBytes } from 'node:crypto';
import { Secret } from '../secrets/secret';

/**
 * An unguessable OAuth `state`: 32 random bytes, base64url (43 characters).
 * @example newOAuthState() // 'b9Yx3kQz0r6T1mVn8pLc2wHs5dFg7jKa4eUo9iRt0yE'
 */
export function newOAuthState(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A PKCE code verifier (RFC 7636 §4.1): 32 random bytes, base64url, 43 characters of the allowed alphabet.
 * @example newCodeVerifier().reveal().length // 43
 */
export function newCodeVerifier(): Secret {
  return new Secret(randomBytes(32).toString('base64url'));
}

/**
 * The S256 code challenge of a verifier: base64url(SHA-256(verifier)), no padding (RFC 7636 §4.2).
 * @example codeChallengeS256(new Secret('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')) // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 */
export function codeChallengeS256(verifier: Secret): string {
  return createHash('sha256').update(verifier.reveal(), 'ascii').digest('base64url');
}
