import type { SqlClient } from '../../local/database/sql-client';
import { SqlWebhookSecrets } from './sql-webhook-secrets';
import { describeOnEachDatabase } from './testing/each-database';
import { testSecretBox } from './testing/test-secret-box';

const box = testSecretBox();
const NINE_AM = new Date('2026-11-23T09:00:00Z');
const at = (seconds: number) => new Date(NINE_AM.getTime() + seconds * 1000);
const ASANA_SECRET = 'e5d1c3a7b9f0486d2a1b3c4d5e6f7081';

describeOnEachDatabase('SqlWebhookSecrets', (database) => {
  let db: SqlClient;
  let secrets: SqlWebhookSecrets;
  beforeEach(async () => {
    db = database();
    await db.query('TRUNCATE asana_webhook_receivers');
    secrets = new SqlWebhookSecrets(db, box);
  });

  it('keeps the secret of the one expected handshake, sealed, and refuses every later one', async () => {
    await secrets.expectHandshake('rcv-3f9a0c1e', at(60));
    expect(await secrets.secretOf('rcv-3f9a0c1e')).toBeUndefined();
    expect(await secrets.acceptHandshake('rcv-3f9a0c1e', ASANA_SECRET, at(5))).toBe(true);
    expect(await secrets.acceptHandshake('rcv-3f9a0c1e', 'an-attackers-secret', at(6))).toBe(false);
    expect(await secrets.secretOf('rcv-3f9a0c1e')).toBe(ASANA_SECRET);

    const stored = await db.query<{ secret_sealed: string }>('SELECT secret_sealed FROM asana_webhook_receivers');
    expect(stored[0]?.secret_sealed).toMatch(/^mops1\./);
    expect(stored[0]?.secret_sealed).not.toContain(ASANA_SECRET);
    await expect(secrets.expectHandshake('rcv-3f9a0c1e', at(600))).rejects.toThrow('Receiver "rcv-3f9a0c1e" already has a webhook secret; choose a new receiver id for a new webhook');
  });

  it('refuses a handshake nobody announced, or one that comes after the window closed', async () => {
    expect(await secrets.acceptHandshake('rcv-unknown1', ASANA_SECRET, NINE_AM)).toBe(false);
    await secrets.expectHandshake('rcv-late0001', at(60));
    expect(await secrets.acceptHandshake('rcv-late0001', ASANA_SECRET, at(60))).toBe(false);
    expect(await db.query('SELECT receiver_id FROM asana_webhook_receivers WHERE secret_sealed IS NOT NULL')).toEqual([]);
  });

  it('lets exactly one of two racing handshakes for the same receiver win, and keeps the winner’s secret', async () => {
    await secrets.expectHandshake('rcv-race0001', at(60));
    const offered = ['secret-from-asana-0000000000000001', 'secret-from-someone-else-000000002'];
    const results = await Promise.all(offered.map((secret) => new SqlWebhookSecrets(db, box).acceptHandshake('rcv-race0001', secret, at(1))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = offered[results.indexOf(true)];
    expect(await secrets.secretOf('rcv-race0001')).toBe(winner);
  });

  it('does not open a secret whose sealed text was copied onto another receiver', async () => {
    await secrets.expectHandshake('rcv-aaaa0001', at(60));
    await secrets.expectHandshake('rcv-bbbb0002', at(60));
    await secrets.acceptHandshake('rcv-aaaa0001', ASANA_SECRET, at(1));
    await db.query(`UPDATE asana_webhook_receivers SET secret_sealed = (SELECT secret_sealed FROM asana_webhook_receivers WHERE receiver_id = 'rcv-aaaa0001'), confirmed_at = now() WHERE receiver_id = 'rcv-bbbb0002'`);
    await expect(secrets.secretOf('rcv-bbbb0002')).rejects.toThrow('Stored secret for asana-webhook/rcv-bbbb0002 failed its integrity check');

    await secrets.forgetReceiver('rcv-aaaa0001');
    expect(await secrets.secretOf('rcv-aaaa0001')).toBeUndefined();
  });
});
