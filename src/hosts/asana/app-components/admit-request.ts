import type { ReplayGuard } from '../replay-guard';
import { type AppComponentsRefusal, type AppComponentsRequest, type VerifiedAppComponentsRequest, verifyAppComponentsRequest } from './verify-request';

/**
 * How long an `idempotency_key` is remembered. Asana may retry a rule action run with the same key and
 * a fresh signature and `expires_at`, so remembering it only until the first request expires is not
 * enough; a day is far longer than retries of one run take.
 */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface AdmitOptions {
  clientSecret: string;
  now: Date;
  idempotency: ReplayGuard;
}

/** A verified request, and whether its idempotency key was seen before (then do not act again). */
export type AdmittedRequest = VerifiedAppComponentsRequest & { replay: boolean };

/**
 * `verifyAppComponentsRequest`, then the idempotency key (RunActionRequest: "App servers should use this
 * key to implement idempotency"): the first request with a key is `replay: false`, every later one within
 * a day `replay: true`, so a rule action runs once however often Asana retries it.
 * @example const admitted = await admitAppComponentsRequest(request, { clientSecret, now, idempotency }); if (admitted.ok && !admitted.replay) await run();
 */
export async function admitAppComponentsRequest(request: AppComponentsRequest, options: AdmitOptions): Promise<AdmittedRequest | AppComponentsRefusal> {
  const verified = verifyAppComponentsRequest(request, options.clientSecret, options.now);
  if (!verified.ok) return verified;
  if (verified.idempotencyKey === undefined) return { ...verified, replay: false };
  const first = await options.idempotency.firstUse(`asana-idempotency:${verified.idempotencyKey}`, IDEMPOTENCY_TTL_SECONDS, options.now);
  return { ...verified, replay: !first };
}
