import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { Clock } from '../../../app/ports/clock';
import type { Template } from '../../../core/templates';
import { admitAppComponentsRequest } from '../app-components/admit-request';
import { ASANA_ORIGIN } from '../app-components/app-components-routes';
import { ActionMetadataRequest, parseAppComponentsPayload, RunActionRequest } from '../app-components/requests';
import { FormMetadataResponse, type RanActionResponse } from '../app-components/responses';
import { SIGNATURE_HEADER } from '../app-components/verify-request';
import type { AsanaLog } from '../asana-log';
import type { ReplayGuard } from '../replay-guard';
import { defaultRuleActionConfig, type RuleActionConfig, RuleActionKind, type RuleActionStore } from './rule-action-config';
import { configFromValues, ruleActionForm } from './rule-action-form';
import { ActionFormChangeRequest, ActionFormSubmitRequest } from './rule-action-requests';
import { errorMessage } from '../../shared/error-message';

export interface RuleActionRoutesDeps {
  clientSecret: string;
  idempotency: ReplayGuard;
  store: RuleActionStore;
  templates(): Promise<readonly Template[]>;
  /** Runs a configured action on a task, once per idempotency key. */
  run(kind: RuleActionKind, request: RunActionRequest, config: RuleActionConfig): Promise<RanActionResponse>;
  /** Public URL these routes are mounted at, e.g. "https://mops.example.com/asana/app-components". */
  publicBaseUrl: string;
  clock: Clock;
  log: AsanaLog;
}

/**
 * Mops' rule actions for Asana's rule builder — "Apply Mops template" (`apply-template`) and "Check for
 * duplicates" (`check-duplicates`) — each under `/rule-actions/<kind>/`:
 *   GET  form           action.metadata_url: the configuration form (the saved one when editing)
 *   POST form/change    on_change_callback: the form again, for the changed value
 *   POST form/submit    on_submit_callback: the configuration saved by the rule action's gid
 *   POST run            run_action_url: the action on the rule's task, once per idempotency_key
 * Every request is verified (signature, expiry, idempotency) before it is read; CORS for Asana only.
 * @example app.route('/asana/app-components', ruleActionRoutes({ clientSecret, idempotency, store, templates, run, publicBaseUrl, clock, log }));
 */
export function ruleActionRoutes(deps: RuleActionRoutesDeps): Hono {
  const routes = new Hono();
  routes.use(
    '/rule-actions/*',
    cors({ origin: (origin) => (origin === ASANA_ORIGIN ? ASANA_ORIGIN : null), allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', SIGNATURE_HEADER], maxAge: 600 }),
  );

  const urls = (kind: RuleActionKind) => {
    const base = `${deps.publicBaseUrl.replace(/\/+$/, '')}/rule-actions/${kind}`;
    return { onChange: `${base}/form/change`, onSubmit: `${base}/form/submit` };
  };

  async function admitted(c: Context) {
    const kind = RuleActionKind.safeParse(c.req.param('kind'));
    if (!kind.success) return { refusal: c.json({ error: `No rule action "${c.req.param('kind')}"; Mops has ${RuleActionKind.options.join(' and ')}` }, 404) };
    const url = new URL(c.req.url);
    const body = c.req.method === 'POST' ? await c.req.text() : undefined;
    const verdict = await admitAppComponentsRequest(
      { method: c.req.method, query: url.search.slice(1), headers: c.req.raw.headers, ...(body === undefined ? {} : { body }) },
      { clientSecret: deps.clientSecret, now: deps.clock.now(), idempotency: deps.idempotency },
    );
    if (!verdict.ok) {
      deps.log('warn', 'Asana rule action request refused', { path: c.req.path, status: verdict.status, reason: verdict.reason });
      return { refusal: c.json({ error: verdict.reason }, verdict.status) };
    }
    return { kind: kind.data, verdict };
  }

  routes.get('/rule-actions/:kind/form', async (c) => {
    const admission = await admitted(c);
    if ('refusal' in admission) return admission.refusal;
    const request = parseAppComponentsPayload(ActionMetadataRequest, admission.verdict.payload);
    if (!request.ok) return c.json({ error: request.reason }, 400);
    const saved = request.value.action === undefined ? undefined : await deps.store.load(request.value.action);
    const config = saved?.kind === admission.kind ? saved : defaultRuleActionConfig(admission.kind);
    return c.json(ruleActionForm(admission.kind, config, await deps.templates(), urls(admission.kind)));
  });

  routes.post('/rule-actions/:kind/form/change', async (c) => {
    const admission = await admitted(c);
    if ('refusal' in admission) return admission.refusal;
    const request = parseAppComponentsPayload(ActionFormChangeRequest, admission.verdict.payload);
    if (!request.ok) return c.json({ error: request.reason }, 400);
    const templates = await deps.templates();
    const chosen = configFromValues(admission.kind, request.value.values, templates);
    if (chosen.ok) return c.json(ruleActionForm(admission.kind, chosen.config, templates, urls(admission.kind)));
    return c.json(withFieldError(ruleActionForm(admission.kind, defaultRuleActionConfig(admission.kind), templates, urls(admission.kind)), chosen.field, chosen.message), 400);
  });

  routes.post('/rule-actions/:kind/form/submit', async (c) => {
    const admission = await admitted(c);
    if ('refusal' in admission) return admission.refusal;
    const request = parseAppComponentsPayload(ActionFormSubmitRequest, admission.verdict.payload);
    if (!request.ok) return c.json({ error: request.reason }, 400);
    const templates = await deps.templates();
    const chosen = configFromValues(admission.kind, request.value.values, templates);
    if (!chosen.ok) return c.json(withFieldError(ruleActionForm(admission.kind, defaultRuleActionConfig(admission.kind), templates, urls(admission.kind)), chosen.field, chosen.message), 400);
    const { action, workspace, project, user } = request.value;
    await deps.store.save({ actionGid: action, workspaceGid: workspace, projectGid: project, actionType: admission.kind, config: chosen.config, savedBy: user, savedAt: deps.clock.now() });
    deps.log('info', 'Asana rule action configured', { action, project, kind: admission.kind });
    return c.body(null, 200);
  });

  routes.post('/rule-actions/:kind/run', async (c) => {
    const admission = await admitted(c);
    if ('refusal' in admission) return admission.refusal;
    const { verdict, kind } = admission;
    // Asana retries a run with the same key: the first request acted, later ones only confirm.
    if (verdict.replay) return c.json({ action_result: 'ok' } satisfies RanActionResponse);
    const request = parseAppComponentsPayload(RunActionRequest, verdict.payload);
    if (!request.ok) return c.json({ error: request.reason }, 400);
    const saved = await deps.store.load(request.value.action);
    const config = saved?.kind === kind ? saved : defaultRuleActionConfig(kind);
    try {
      return c.json(await deps.run(kind, request.value, config));
    } catch (error) {
      // Not done: the key is given back so that Asana's retry runs it.
      if (verdict.idempotencyKey !== undefined) await deps.idempotency.forget(`asana-idempotency:${verdict.idempotencyKey}`);
      deps.log('error', 'Asana rule action failed', { kind, task: request.value.target_object, error: errorMessage(error) });
      return c.json({ error: 'Mops could not run the action; Asana will retry it' }, 500);
    }
  });

  return routes;
}

function withFieldError(form: FormMetadataResponse, fieldId: string, message: string): FormMetadataResponse {
  return FormMetadataResponse.parse({ ...form, metadata: { ...form.metadata, fields: form.metadata.fields.map((field) => (field.id === fieldId ? { ...field, error: message } : field)) } });
}
