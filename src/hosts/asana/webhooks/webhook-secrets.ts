/**
 * Per-webhook `X-Hook-Secret`s, keyed by the receiver id Mops puts in each webhook's target URL
 * (`…/asana/webhooks/<receiverId>`). The receiver id is chosen before the create-webhook call, because
 * Asana sends the handshake to the target *while* that call is in flight (asana_oas.yaml, POST
 * /webhooks: "you need to be able to receive and complete the webhook *while* the POST request is
 * in-flight"), before Mops knows the webhook's gid.
 */
export interface WebhookSecrets {
  /** Called by the subscribe flow just before it asks Asana to create the webhook. */
  expectHandshake(receiverId: string, until: Date): Promise<void>;
  /**
   * Keeps `secret` when `receiverId` awaits a handshake (expected, not expired, no secret yet); returns
   * false otherwise. Atomic: only one handshake per receiver ever succeeds, so nobody who merely knows a
   * target URL can replace its secret with one of their own.
   */
  acceptHandshake(receiverId: string, secret: string, now: Date): Promise<boolean>;
  /** The secret deliveries to `receiverId` are signed with; undefined before the handshake. */
  secretOf(receiverId: string): Promise<string | undefined>;
}

/**
 * WebhookSecrets in this process's memory, for tests and a single-process server; the app server's
 * database implementation stores the secrets encrypted.
 * @example const secrets = memoryWebhookSecrets(); await secrets.expectHandshake('rcv-1', inAMinute)
 */
export function memoryWebhookSecrets(): WebhookSecrets {
  const awaiting = new Map<string, number>();
  const confirmed = new Map<string, string>();
  return {
    async expectHandshake(receiverId, until) {
      if (confirmed.has(receiverId)) throw new Error(`Receiver "${receiverId}" already has a webhook secret; choose a new receiver id for a new webhook`);
      awaiting.set(receiverId, until.getTime());
    },
    async acceptHandshake(receiverId, secret, now) {
      const until = awaiting.get(receiverId);
      if (until === undefined || until <= now.getTime() || confirmed.has(receiverId)) return false;
      awaiting.delete(receiverId);
      confirmed.set(receiverId, secret);
      return true;
    },
    async secretOf(receiverId) {
      return confirmed.get(receiverId);
    },
  };
}
