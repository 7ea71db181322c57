import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 of `message` keyed with `secret`, as lowercase hex: the form of both Asana signatures
 * (`X-Hook-Signature` on webhook deliveries, `x-asana-request-signature` on App Components requests).
 * @example hmacSha256Hex('s3cret', '{"events":[]}') // 64 hex digits
 */
export function hmacSha256Hex(secret: string, message: string | Uint8Array): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * True when `given` (a header value) is the HMAC-SHA256 of `message` under `secret`. The comparison is
 * constant-time over equal-length buffers, so response timing reveals nothing about how much of a forged
 * signature was right; a value that is not 64 hex digits is refused before any comparison.
 * @example signatureMatches('s3cret', body, request.headers.get('x-hook-signature')) // true or false
 */
export function signatureMatches(secret: string, message: string | Uint8Array, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || !HEX_SHA256.test(given.trim())) return false;
  const expected = Buffer.from(hmacSha256Hex(secret, message), 'hex');
  const received = Buffer.from(given.trim(), 'hex');
  return expected.length === received.length && timingSafeEqual(expected, received);
}
