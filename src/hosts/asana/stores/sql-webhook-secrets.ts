import type { SqlClient } from '../../local/database/sql-client';
import type { SecretBox } from '../secrets/secret-box';
import type { WebhookSecrets } from '../webhooks/webhook-secrets';

/**
 * What each receiver's secret is sealed for, so a secret copied to another receiver's row does not open.
 * @example webhookSecretContext('rcv-3f9a0c1e') // 'asana-webhook/rcv-3f9a0c1e'
 */
export function webhookSecretContext(receiverId: string): string {
  return `asana-webhook/${receiverId}`;
}

/**
 * WebhookSecrets over `asana_webhook_receivers`, secrets sealed with the SecretBox. The single-handshake
 * rule is one conditional UPDATE (`… WHERE secret_sealed IS NULL AND handshake_until > now`): the
 * database lets exactly one handshake per receiver succeed, whichever server receives it.
 * @example const secrets = new SqlWebhookSecrets(db, box); await secrets.expectHandshake('rcv-3f9a0c1e', inAMinute)
 */
export class SqlWebhookSecrets implements WebhookSecrets {
  constructor(
    private readonly db: SqlClient,
    private readonly box: SecretBox,
  ) {}

  async expectHandshake(receiverId: string, until: Date): Promise<void> {
    const rows = await this.db.query(
      `INSERT INTO asana_webhook_receivers (receiver_id, handshake_until) VALUES ($1, $2::text::timestamptz)
       ON CONFLICT (receiver_id) DO UPDATE SET handshake_until = excluded.handshake_until WHERE asana_webhook_receivers.secret_sealed IS NULL
       RETURNING receiver_id`,
      [receiverId, until.toISOString()],
    );
    if (rows.length === 0) throw new Error(`Receiver "${receiverId}" already has a webhook secret; choose a new receiver id for a new webhook`);
  }

  async acceptHandshake(receiverId: string, secret: string, now: Date): Promise<boolean> {
    if (secret.length === 0) return false;
    const rows = await this.db.query(
      `UPDATE asana_webhook_receivers SET secret_sealed = $2, confirmed_at = $3::text::timestamptz, handshake_until = NULL
       WHERE receiver_id = $1 AND secret_sealed IS NULL AND handshake_until > $3::text::timestamptz
       RETURNING receiver_id`,
      [receiverId, this.box.seal(secret, webhookSecretContext(receiverId)), now.toISOString()],
    );
    return rows.length === 1;
  }

  async secretOf(receiverId: string): Promise<string | undefined> {
    const rows = await this.db.query<{ secret_sealed: string | null }>('SELECT secret_sealed FROM asana_webhook_receivers WHERE receiver_id = $1', [receiverId]);
    const sealed = rows[0]?.secret_sealed;
    return typeof sealed === 'string' ? this.box.open(sealed, webhookSecretContext(receiverId)).reveal() : undefined;
  }

  /** Drops the receiver and its secret, when its webhook is deleted; a later delivery to it gets 401. */
  async forgetReceiver(receiverId: string): Promise<void> {
    await this.db.query('DELETE FROM asana_webhook_receivers WHERE receiver_id = $1', [receiverId]);
  }
}
