import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { fixedClock } from '../../../src/app/ports/clock';
import type { AsanaLog } from '../../../src/hosts/asana/asana-log';
import { memoryReplayGuard } from '../../../src/hosts/asana/replay-guard';
import { serialQueue } from '../../../src/hosts/asana/webhooks/background-queue';
import type { AsanaWebhookEvent } from '../../../src/hosts/asana/webhooks/webhook-event';
import { asanaWebhookRoutes } from '../../../src/hosts/asana/webhooks/webhook-routes';
import { memoryWebhookSecrets } from '../../../src/hosts/asana/webhooks/webhook-secrets';

/*
 * Asana, simulated over real HTTP on loopback: the handshake Asana sends while the create-webhook call
 * is in flight, then signed deliveries (valid, repeated, tampered, unsigned, heartbeat).
 */

const RECEIVER = 'rcv-project-1208000000000007';
const HOOK_SECRET = 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81';
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const signed = (body: string, secret = HOOK_SECRET) => createHmac('sha256', secret).update(body).digest('hex');

let server: ServerType;
let base: string;
const processed: Array<{ event: AsanaWebhookEvent; receiverId: string }> = [];
const lines: Array<{ level: string; message: string; details?: Record<string, unknown> }> = [];
const log: AsanaLog = (level, message, details) => void lines.push({ level, message, ...(details ? { details } : {}) });
const secrets = memoryWebhookSecrets();
const queue = serialQueue(log);

beforeAll(async () => {
  const app = new Hono();
  const clock = fixedClock('2026-11-23T09:00:00Z');
  app.route(
    '/asana/webhooks',
    asanaWebhookRoutes({ secrets, seen: memoryReplayGuard(), queue, clock, log, onEvent: async (event, context) => void processed.push({ event, receiverId: context.receiverId }) }),
  );
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}/asana/webhooks`;
      resolve();
    });
  });
});

afterAll(async () => {
  await queue.drained();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

const deliver = (body: string, headers: Record<string, string>, receiver = RECEIVER) =>
  fetch(`${base}/${receiver}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('Asana webhook receiver over loopback HTTP', () => {
  it('refuses a handshake for a receiver the subscribe flow never announced, echoing nothing', async () => {
    const response = await fetch(`${base}/rcv-nobody-asked-for-this`, { method: 'POST', headers: { 'X-Hook-Secret': 'attacker-chosen' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-hook-secret')).toBeNull();
  });

  it('answers the handshake with the same X-Hook-Secret while the create call is still in flight', async () => {
    await secrets.expectHandshake(RECEIVER, new Date('2026-11-23T09:01:00Z'));
    // The create-webhook call has not returned: only the announcement above exists.
    const response = await fetch(`${base}/${RECEIVER}`, { method: 'POST', headers: { 'X-Hook-Secret': HOOK_SECRET } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-hook-secret')).toBe(HOOK_SECRET);
    expect(await secrets.secretOf(RECEIVER)).toBe(HOOK_SECRET);
  });

  it('refuses a second handshake that would replace the secret', async () => {
    const response = await fetch(`${base}/${RECEIVER}`, { method: 'POST', headers: { 'X-Hook-Secret': 'replacement-secret' } });
    expect(response.status).toBe(403);
    expect(await secrets.secretOf(RECEIVER)).toBe(HOOK_SECRET);
  });

  it('processes a signed delivery once, in created_at order, and ignores the same delivery again', async () => {
    const body = fixture('delivery-task-added.json');
    const first = await deliver(body, { 'X-Hook-Signature': signed(body) });
    const again = await deliver(body, { 'X-Hook-Signature': signed(body) });
    await queue.drained();
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(processed.map(({ event }) => `${event.action}${event.change ? `:${event.change.field}` : ''} @${event.created_at}`)).toEqual([
      'added @2026-11-23T09:00:00.203Z',
      'changed:name @2026-11-23T09:00:01.512Z',
      'changed:assignee @2026-11-23T09:00:02.000Z',
    ]);
    expect(processed.every(({ receiverId }) => receiverId === RECEIVER)).toBe(true);
  });

  it('refuses a tampered delivery with 401 and processes nothing from it', async () => {
    const body = fixture('delivery-section-and-story.json');
    const tampered = body.replace('1207000000000011', '1207000000000666');
    const before = processed.length;
    const response = await deliver(tampered, { 'X-Hook-Signature': signed(body) });
    await queue.drained();
    expect(response.status).toBe(401);
    expect(processed.length).toBe(before);
  });

  it('refuses an unsigned delivery, and one signed with another secret, with 401', async () => {
    const body = fixture('delivery-section-and-story.json');
    const before = processed.length;
    const unsigned = await deliver(body, {});
    const wrongSecret = await deliver(body, { 'X-Hook-Signature': signed(body, 'not-the-hook-secret') });
    const unknownReceiver = await deliver(body, { 'X-Hook-Signature': signed(body) }, 'rcv-never-handshaken');
    await queue.drained();
    expect([unsigned.status, wrongSecret.status, unknownReceiver.status]).toEqual([401, 401, 401]);
    expect(processed.length).toBe(before);
  });

  it('answers a signed heartbeat with 200 and processes nothing', async () => {
    const body = fixture('delivery-heartbeat.json');
    const before = processed.length;
    const response = await deliver(body, { 'X-Hook-Signature': signed(body) });
    await queue.drained();
    expect(response.status).toBe(200);
    expect(processed.length).toBe(before);
  });

  it('never writes a hook secret into the log', () => {
    const text = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(HOOK_SECRET);
    expect(text).not.toContain('attacker-chosen');
  });
});
