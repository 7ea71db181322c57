import { createHmac } from 'node:crypto';
import { memoryReplayGuard } from '../replay-guard';
import { admitAppComponentsRequest } from './admit-request';
import { parseAppComponentsPayload, RunActionRequest, WidgetMetadataRequest } from './requests';
import { verifyAppComponentsRequest } from './verify-request';

const CLIENT_SECRET = 'c0ffee-app-client-secret';
const NOW = new Date('2026-11-23T09:00:00.000Z');
const sign = (message: string, secret = CLIENT_SECRET) => createHmac('sha256', secret).update(message).digest('hex');

const widgetQuery = 'resource_url=https%3A%2F%2Fmops.example%2Ftasks%2F1209876500000042&workspace=12345&task=1209876500000042&user=54321&attachment=777&expires_at=2026-11-23T09%3A05%3A00.000Z';
const runData = JSON.stringify({
  idempotency_key: 'run-8f2c',
  expires_at: '2026-11-23T09:05:00.000Z',
  user: '54321',
  workspace: '12345',
  project: '1208000000000007',
  target_object: '1209876500000042',
  action: '1210000000000001',
  action_type: 'apply-mops-template',
});
const runBody = JSON.stringify({ data: runData });

describe('verifyAppComponentsRequest', () => {
  it('accepts a widget GET signed over its query string and reads its parameters', () => {
    const verified = verifyAppComponentsRequest({ method: 'GET', query: widgetQuery, headers: { 'X-Asana-Request-Signature': sign(widgetQuery) } }, CLIENT_SECRET, NOW);
    expect(verified).toMatchObject({ ok: true, expiresAt: new Date('2026-11-23T09:05:00.000Z') });
    if (!verified.ok) throw new Error(verified.reason);
    const request = parseAppComponentsPayload(WidgetMetadataRequest, verified.payload);
    expect(request).toEqual({ ok: true, value: expect.objectContaining({ task: '1209876500000042', resource_url: 'https://mops.example/tasks/1209876500000042' }) });
  });

  it('accepts a rule-action POST signed over the data string and returns its idempotency key', () => {
    const verified = verifyAppComponentsRequest({ method: 'POST', query: '', body: runBody, headers: { 'x-asana-request-signature': sign(runData) } }, CLIENT_SECRET, NOW);
    expect(verified).toMatchObject({ ok: true, idempotencyKey: 'run-8f2c' });
    if (verified.ok) expect(parseAppComponentsPayload(RunActionRequest, verified.payload).ok).toBe(true);
  });

  it('refuses a POST whose signature covers the whole body instead of the data string', () => {
    const verified = verifyAppComponentsRequest({ method: 'POST', query: '', body: runBody, headers: { 'x-asana-request-signature': sign(runBody) } }, CLIENT_SECRET, NOW);
    expect(verified).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a tampered query: the task id changed after signing', () => {
    const tampered = widgetQuery.replace('task=1209876500000042', 'task=1209876500000099');
    const verified = verifyAppComponentsRequest({ method: 'GET', query: tampered, headers: { 'x-asana-request-signature': sign(widgetQuery) } }, CLIENT_SECRET, NOW);
    expect(verified).toEqual({ ok: false, status: 401, reason: 'x-asana-request-signature does not match the request' });
  });

  it('refuses a tampered POST body: the target task changed inside data', () => {
    const forged = JSON.stringify({ data: runData.replace('1209876500000042', '1209876500000099') });
    expect(verifyAppComponentsRequest({ method: 'POST', query: '', body: forged, headers: { 'x-asana-request-signature': sign(runData) } }, CLIENT_SECRET, NOW)).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a request signed with another app’s secret', () => {
    const verified = verifyAppComponentsRequest({ method: 'GET', query: widgetQuery, headers: { 'x-asana-request-signature': sign(widgetQuery, 'some-other-secret') } }, CLIENT_SECRET, NOW);
    expect(verified).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a request with no signature header, and one whose header is not a hex digest', () => {
    expect(verifyAppComponentsRequest({ method: 'GET', query: widgetQuery, headers: {} }, CLIENT_SECRET, NOW)).toEqual({ ok: false, status: 401, reason: 'Missing x-asana-request-signature header' });
    expect(verifyAppComponentsRequest({ method: 'GET', query: widgetQuery, headers: { 'x-asana-request-signature': 'abc' } }, CLIENT_SECRET, NOW)).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses a correctly signed request once expires_at has passed, and accepts it one millisecond before', () => {
    const request = { method: 'GET', query: widgetQuery, headers: { 'x-asana-request-signature': sign(widgetQuery) } };
    expect(verifyAppComponentsRequest(request, CLIENT_SECRET, new Date('2026-11-23T09:04:59.999Z')).ok).toBe(true);
    const late = verifyAppComponentsRequest(request, CLIENT_SECRET, new Date('2026-11-23T09:05:00.000Z'));
    expect(late).toEqual({ ok: false, status: 401, reason: 'Request expired at 2026-11-23T09:05:00.000Z (now 2026-11-23T09:05:00.000Z)' });
  });

  it('refuses a signed request without expires_at (400, naming the field)', () => {
    const query = 'workspace=12345&task=1&user=2';
    const verified = verifyAppComponentsRequest({ method: 'GET', query, headers: { 'x-asana-request-signature': sign(query) } }, CLIENT_SECRET, NOW);
    expect(verified).toMatchObject({ ok: false, status: 400, reason: expect.stringContaining('expires_at is undefined') });
  });

  it('names the missing widget parameter of a signed request', () => {
    const query = 'workspace=12345&task=1&user=2&expires_at=2026-11-23T09%3A05%3A00.000Z';
    const verified = verifyAppComponentsRequest({ method: 'GET', query, headers: { 'x-asana-request-signature': sign(query) } }, CLIENT_SECRET, NOW);
    if (!verified.ok) throw new Error(verified.reason);
    const parsed = parseAppComponentsPayload(WidgetMetadataRequest, verified.payload);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/resource_url: .*; attachment: /);
  });
});

describe('admitAppComponentsRequest', () => {
  it('runs a rule action once: the same idempotency key again, freshly signed, is a replay', async () => {
    const idempotency = memoryReplayGuard();
    const request = { method: 'POST', query: '', body: runBody, headers: { 'x-asana-request-signature': sign(runData) } };
    const first = await admitAppComponentsRequest(request, { clientSecret: CLIENT_SECRET, now: NOW, idempotency });
    const retryData = runData.replace('2026-11-23T09:05:00.000Z', '2026-11-23T09:10:00.000Z');
    const retry = { method: 'POST', query: '', body: JSON.stringify({ data: retryData }), headers: { 'x-asana-request-signature': sign(retryData) } };
    const second = await admitAppComponentsRequest(retry, { clientSecret: CLIENT_SECRET, now: new Date('2026-11-23T09:06:00.000Z'), idempotency });
    expect(first).toMatchObject({ ok: true, replay: false });
    expect(second).toMatchObject({ ok: true, replay: true });
  });

  it('does not spend an idempotency key on a forged request', async () => {
    const idempotency = memoryReplayGuard();
    const forged = { method: 'POST', query: '', body: runBody, headers: { 'x-asana-request-signature': sign(runData, 'attacker') } };
    expect(await admitAppComponentsRequest(forged, { clientSecret: CLIENT_SECRET, now: NOW, idempotency })).toMatchObject({ ok: false, status: 401 });
    const genuine = { ...forged, headers: { 'x-asana-request-signature': sign(runData) } };
    expect(await admitAppComponentsRequest(genuine, { clientSecret: CLIENT_SECRET, now: NOW, idempotency })).toMatchObject({ ok: true, replay: false });
  });
});
