import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssuePanelView } from '../../../src/app/issue-panel';
import { fixedClock } from '../../../src/app/ports/clock';
import { asanaAppComponentsRoutes } from '../../../src/hosts/asana/app-components/app-components-routes';
import { widgetMetadata } from '../../../src/hosts/asana/app-components/widget';
import { memoryReplayGuard } from '../../../src/hosts/asana/replay-guard';
import { AsanaWebhookDelivery, AsanaWebhookEvent } from '../../../src/hosts/asana/webhooks/webhook-event';
import { eventViolations, responseViolations } from './asana-contract';

const WIDGET = '/widget_metadata_url_path_placeholder';
const UPDATED = new Date('2026-11-23T09:00:00.000Z');

const webinar: IssuePanelView = {
  taskId: '1209876500000042',
  key: 'Spring webinar: AI in marketing operations for EMEA',
  budget: {
    line: { planned: 1_200_000, committed: 450_000, actual: 340_000, currency: 'EUR', category: 'events' },
    inBase: { ok: true, currency: 'EUR', planned: 1_200_000, committed: 450_000, actual: 340_000 },
  },
  template: { id: 'webinar', name: 'Webinar', version: 3, applied: true, compliant: false, findings: [{ kind: 'missing-field', severity: 'violation', message: 'KPI is required', field: 'kpi' }, { kind: 'step-late', severity: 'violation', message: 'Landing page is late', stepId: 'landing' }] },
  duplicates: [
    { taskId: 'T-77', key: 'BRD-77', title: 'AI webinar', projectId: 'brand', status: 'To do', statusCategory: 'todo', score: 0.91, decision: 'likely-duplicate', matchedTerms: ['webinar', 'ai'], sharedAssets: [] },
    { taskId: 'T-80', key: 'AGY-80', title: 'AI ops talk', projectId: 'agency', status: 'To do', statusCategory: 'todo', score: 0.55, decision: 'related', matchedTerms: ['ai'], sharedAssets: [] },
  ],
};
const bare: IssuePanelView = { taskId: '1209876500000043', key: 'Newsletter', duplicates: [] };

describe('widget metadata against the pinned App Components spec', () => {
  it('a task with budget, a broken template and a likely duplicate renders within Asana’s contract', () => {
    const response = widgetMetadata(webinar, UPDATED);
    expect(responseViolations('get', WIDGET, 200, response)).toEqual([]);
    expect(response.metadata.fields).toEqual([
      { type: 'text_with_icon', name: 'Budget planned', text: '12000.00 EUR' },
      { type: 'text_with_icon', name: 'Committed / actual', text: '4500.00 / 3400.00 EUR' },
      { type: 'pill', name: 'Template: Webinar', text: '2 violations', color: 'red' },
      { type: 'pill', name: 'Duplicate work', text: '1 likely duplicate', color: 'red' },
    ]);
    expect(response.metadata.title).toHaveLength(40);
    expect(response.metadata.footer).toEqual({ footer_type: 'updated', last_updated_at: '2026-11-23T09:00:00.000Z' });
  });

  it('a viewer Mops cannot read Asana as is asked to sign in with Asana instead of shown a count, within the spec', () => {
    const response = widgetMetadata({ ...webinar, duplicates: [] }, UPDATED, { duplicatesHidden: true });
    expect(responseViolations('get', WIDGET, 200, response)).toEqual([]);
    // A widget field holds text only (the spec gives none a link): the widget's own "Open in Mops" leads to the sign-in.
    expect(response.metadata.fields.at(-1)).toEqual({ type: 'pill', name: 'Duplicate work', text: 'Sign in with Asana to see', color: 'none' });
    expect(response.metadata.fields.slice(0, -1)).toEqual(widgetMetadata(webinar, UPDATED).metadata.fields.slice(0, -1));
  });

  it('a task with nothing set still has the fields and footer the spec requires', () => {
    const response = widgetMetadata(bare, UPDATED);
    expect(responseViolations('get', WIDGET, 200, response)).toEqual([]);
    expect(response.metadata.fields.map((field) => ('text' in field ? field.text : ''))).toEqual(['No budget set', 'None applies', 'None found']);
  });

  it('the checker itself catches what Asana would refuse: a pill colour it does not know, six fields', () => {
    const response = widgetMetadata(bare, UPDATED);
    const badColour = { ...response, metadata: { ...response.metadata, fields: [{ type: 'pill', name: 'X', text: 'Y', color: 'crimson' }] } };
    const tooMany = { ...response, metadata: { ...response.metadata, fields: Array(6).fill(response.metadata.fields[0]) } };
    expect(responseViolations('get', WIDGET, 200, badColour).join('\n')).toMatch(/fields\/0 WidgetField-Pill\/color must be equal to one of the allowed values/);
    expect(responseViolations('get', WIDGET, 200, tooMany)).toContain('metadata.fields has 6 fields; 1 to 5 are allowed');
  });
});

describe('webhook event fixtures against the pinned EventResponse', () => {
  for (const name of ['delivery-task-added.json', 'delivery-section-and-story.json', 'delivery-heartbeat.json']) {
    it(`${name}: every event fits Asana's EventResponse and Mops' event schema`, () => {
      const delivery = AsanaWebhookDelivery.parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')));
      for (const event of delivery.events) {
        expect(eventViolations(event)).toEqual([]);
        expect(AsanaWebhookEvent.safeParse(event).success).toBe(true);
      }
    });
  }

  it('the checker catches an event Asana would never send: created_at not a string', () => {
    expect(eventViolations({ action: 'added', created_at: 20261123, resource: { gid: '1', resource_type: 'task' } })).toEqual(['EventResponse/created_at must be string']);
  });
});

describe('GET /widget over the App Components routes', () => {
  const secret = 'app-client-secret-for-tests';
  const routes = asanaAppComponentsRoutes({
    clientSecret: secret,
    idempotency: memoryReplayGuard(),
    clock: fixedClock('2026-11-23T09:00:00Z'),
    log: () => undefined,
    widgetView: async (request) => (request.task === webinar.taskId ? webinar : undefined),
  });
  const query = 'resource_url=https%3A%2F%2Fmops.example%2Ft%2F42&workspace=12345&task=1209876500000042&user=54321&attachment=777&expires_at=2026-11-23T09%3A05%3A00.000Z';
  const signature = createHmac('sha256', secret).update(query).digest('hex');

  it('answers a signed request from Asana’s origin with a spec-valid widget and CORS for app.asana.com only', async () => {
    const response = await routes.request(`/widget?${query}`, { headers: { 'x-asana-request-signature': signature, Origin: 'https://app.asana.com' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.asana.com');
    expect(responseViolations('get', WIDGET, 200, await response.json())).toEqual([]);
  });

  it('grants no CORS to another origin, and refuses an unsigned request with the documented 401 body', async () => {
    const response = await routes.request(`/widget?${query}`, { headers: { Origin: 'https://evil.example' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(responseViolations('get', WIDGET, 401, await response.json())).toEqual([]);
  });
});
