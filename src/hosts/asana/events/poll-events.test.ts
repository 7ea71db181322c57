import { AsanaHttp } from '../api/asana-http';
import type { AsanaAnswer, AsanaTransport } from '../api/asana-transport';
import { memoryAsanaSyncTokenStore } from '../ports/asana-stores';
import { memoryReplayGuard } from '../replay-guard';
import { AsanaWebhookEvent, eventKey } from '../webhooks/webhook-event';
import { pollEvents } from './poll-events';

const event = (gid: string, at: string) => ({ action: 'changed', resource: { gid, resource_type: 'task' }, parent: null, user: null, created_at: at, change: { field: 'due_on', action: 'changed' } });
const transportOf = (answers: AsanaAnswer[]): AsanaTransport => async () => answers.shift() ?? { status: 500, body: undefined };

describe('pollEvents', () => {
  it('hands on a page’s events in the order they happened and skips one that is not an event', async () => {
    const tokens = memoryAsanaSyncTokenStore();
    await tokens.save('1208', 'tok-1');
    const http = new AsanaHttp(transportOf([{ status: 200, body: { data: [event('2', '2026-11-23T09:00:05Z'), { nonsense: true }, event('1', '2026-11-23T09:00:01Z')], sync: 'tok-2', has_more: false } }]));
    const seen: string[] = [];
    const polled = await pollEvents('1208', { http, tokens, log: () => undefined, onEvent: async (e: AsanaWebhookEvent) => void seen.push(e.resource.gid) });
    expect(seen).toEqual(['1', '2']);
    expect(polled).toMatchObject({ resyncNeeded: false, skipped: 1, pages: 1 });
    expect(await tokens.load('1208')).toBe('tok-2');
  });

  it('keeps the old token when handling fails, so the next poll reads the page again', async () => {
    const tokens = memoryAsanaSyncTokenStore();
    await tokens.save('1208', 'tok-1');
    const http = new AsanaHttp(transportOf([{ status: 200, body: { data: [event('1', '2026-11-23T09:00:01Z')], sync: 'tok-2', has_more: false } }]));
    const failing = pollEvents('1208', { http, tokens, log: () => undefined, onEvent: async () => Promise.reject(new Error('database is down')) });
    await expect(failing).rejects.toThrow('database is down');
    expect(await tokens.load('1208')).toBe('tok-1');
  });
});

describe('pollEvents beside webhooks', () => {
  it('leaves out an event a webhook already handed on, by the same event key', async () => {
    const guard = memoryReplayGuard();
    const now = () => new Date('2026-11-23T09:10:00Z');
    const viaWebhook = AsanaWebhookEvent.parse(event('1', '2026-11-23T09:00:01Z'));
    await guard.firstUse(eventKey(viaWebhook), 3600, now());
    const tokens = memoryAsanaSyncTokenStore();
    await tokens.save('1208', 'tok-1');
    const http = new AsanaHttp(transportOf([{ status: 200, body: { data: [event('1', '2026-11-23T09:00:01Z'), event('2', '2026-11-23T09:00:02Z')], sync: 'tok-2', has_more: false } }]));
    const seen: string[] = [];
    const polled = await pollEvents('1208', { http, tokens, log: () => undefined, seen: { guard, now }, onEvent: async (e) => void seen.push(e.resource.gid) });
    expect(seen).toEqual(['2']);
    expect(polled.alreadySeen).toBe(1);
  });
});
