import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { AsanaSpecCheck } from './asana-spec-check';
import { AsanaWorld } from './asana-world';
import { type Answer, handlers, type Received } from './handlers';
import { FakeAsanaAuth, type FakeAsanaAccount } from './oauth-endpoints';

export type { Received } from './handlers';

const BASE_PATH = '/api/1.0';

let sharedCheck: AsanaSpecCheck | undefined;
/** Compiling the pinned document takes a moment; every fake in a test file shares one checker. */
function specCheck(): AsanaSpecCheck {
  sharedCheck ??= new AsanaSpecCheck();
  return sharedCheck;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Asana on loopback, for adapter tests: a Hono app on 127.0.0.1 (a free port) serving the operations
 * Mops calls from an in-memory world (AsanaWorld), including `POST /batch`, whose actions go through the
 * same checks one by one. Every request and every answer is held to the pinned asana_oas subset; a
 * violation is kept in `violations` (and a bad request answered 400) so a test fails even when the
 * adapter swallowed the error. It can answer 429 with `Retry-After` on demand and counts every request.
 */
export class FakeAsana {
  readonly world = new AsanaWorld();
  /** Asana's OAuth side and the accounts behind tokens (GET /users/me), on the same server. */
  readonly auth = new FakeAsanaAuth();
  /** HTTP requests, in arrival order (a batch is one). */
  readonly requests: Received[] = [];
  /** Actions run inside `POST /batch` requests. */
  readonly actions: Received[] = [];
  readonly violations: string[] = [];
  /** The violations seen since the last call, cleared, so each test answers only for its own requests. */
  takeViolations(): string[] {
    return this.violations.splice(0);
  }
  /** Events per `GET /events` page; Asana sends up to 100 and sets `has_more`. */
  eventsPageSize = 100;
  private readonly check = specCheck();
  private readonly limits: string[] = [];
  private readonly raw = new Map<string, Answer[]>();
  private server: ServerType | undefined;
  private port = 0;

  /** Starts a fake on 127.0.0.1 with a free port. */
  static async start(): Promise<FakeAsana> {
    const fake = new FakeAsana();
    await fake.listen();
    return fake;
  }

  /** What to give the official client as its base path. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}${BASE_PATH}`;
  }

  /** Asana's app origin: OAuth (`/-/oauth_token`, `/-/oauth_revoke`) and `/api/1.0/users/me` under it. */
  get appUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Delivers events to the webhook on `resourceGid` as Asana does: a POST of `{"events": [...]}` to its
   * target, signed with X-Hook-Signature (HMAC-SHA256 of the body under the handshake secret). Returns
   * the receiver's status.
   */
  async deliver(resourceGid: string, events: readonly unknown[]): Promise<number> {
    const webhook = [...this.world.webhooks.values()].find((candidate) => candidate.resource === resourceGid);
    if (!webhook) throw new Error(`The fake has no webhook on ${resourceGid}; subscribe it first`);
    const body = JSON.stringify({ events });
    const response = await fetch(webhook.target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hook-Signature': createHmac('sha256', webhook.secret).update(body).digest('hex') }, body });
    await response.arrayBuffer();
    return response.status;
  }

  /** The next `times` requests get 429 with `Retry-After: seconds`, as Asana's rate limiter answers. */
  rateLimitNext(times: number, retryAfterSeconds: number): void {
    for (let index = 0; index < times; index += 1) this.limits.push(String(retryAfterSeconds));
  }

  /** 429s queued and not yet given. */
  rateLimitsLeft(): number {
    return this.limits.length;
  }

  /** The next call of `operationId` gets `answer` as it is, unchecked: for testing what Mops does with a broken Asana. */
  answerNextRaw(operationId: string, answer: Answer): void {
    this.raw.set(operationId, [...(this.raw.get(operationId) ?? []), answer]);
  }

  /** Requests and batch actions for one operation. */
  calls(operationId: string): Received[] {
    return [...this.requests, ...this.actions].filter((request) => request.operationId === operationId);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    if ('closeAllConnections' in server) server.closeAllConnections();
    await closed;
  }

  /** Starts this fake on 127.0.0.1 with a free port (`FakeAsana.start()` makes one and starts it). */
  async listen(): Promise<void> {
    const app = new Hono();
    // The auth side's requests are kept with their form fields, for tests of what Mops sent.
    app.use('*', async (c, next) => {
      if (!c.req.path.startsWith('/-/') && c.req.path !== `${BASE_PATH}/users/me`) return next();
      const form = c.req.method === 'POST' ? Object.fromEntries(new URLSearchParams(await c.req.text())) : {};
      const authorization = c.req.header('authorization');
      this.auth.calls.push({ method: c.req.method, path: c.req.path, form, ...(authorization === undefined ? {} : { authorization }) });
      if (this.auth.outage !== undefined) return c.json({ errors: [{ message: 'Service unavailable' }] }, this.auth.outage as 503);
      return next();
    });
    this.auth.register(app);
    app.all(`${BASE_PATH}/*`, async (c) => {
      const url = new URL(c.req.url);
      const contentType = c.req.header('content-type');
      const form = contentType?.toLowerCase().startsWith('multipart/form-data') ? await this.formFields(c.req.raw, `${c.req.method} ${url.pathname}`) : undefined;
      const text = form === undefined ? await c.req.text() : '';
      let body: unknown;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          this.violations.push(`${c.req.method} ${url.pathname}: body is not JSON`);
          return c.json({ errors: [{ message: 'Invalid JSON in request body' }] }, 400);
        }
      }
      const bearer = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
      const account = this.auth.accountOf(bearer);
      const user = [...this.world.users.values()].find((candidate) => candidate.token === bearer) ?? account;
      if (!user) return c.json({ errors: [{ message: 'Not Authorized' }] }, 401);
      const answer = await this.handle({
        method: c.req.method,
        path: url.pathname.slice(BASE_PATH.length),
        query: url.searchParams,
        body,
        userGid: user.gid,
        inBatch: false,
        ...(account ? { account } : {}),
        ...(contentType ? { contentType } : {}),
        ...(form ? { form } : {}),
      });
      const headers = new Headers({ 'Content-Type': 'application/json; charset=UTF-8', ...answer.headers });
      return new Response(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), { status: answer.status, headers });
    });
    await new Promise<void>((resolve) => {
      this.server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        this.port = info.port;
        resolve();
      });
    });
  }

  /** The text fields of a multipart/form-data body; a file part is a violation (Mops uploads no files). */
  private async formFields(request: Request, label: string): Promise<Record<string, string>> {
    const fields: Record<string, string> = {};
    let parsed: FormData;
    try {
      parsed = await request.formData();
    } catch (problem) {
      this.violations.push(`${label}: multipart/form-data body is unreadable (${problem instanceof Error ? problem.message : String(problem)})`);
      return fields;
    }
    for (const [name, value] of parsed.entries()) {
      if (typeof value !== 'string') this.violations.push(`${label}: form field "${name}" is a file; Mops attaches links, not files`);
      else if (name in fields) this.violations.push(`${label}: form field "${name}" is sent twice`);
      else fields[name] = value;
    }
    return fields;
  }

  /** One request or batch action: rate limit, contract check of the request, the handler, contract check of the answer. */
  async handle(request: { method: string; path: string; query: URLSearchParams; body: unknown; userGid: string; inBatch: boolean; contentType?: string; form?: Record<string, string>; account?: FakeAsanaAccount }): Promise<Answer> {
    const checked = this.check.checkRequest(request);
    const received: Received = { ...request, operationId: checked.operation?.operationId ?? '(unknown)', pathParams: checked.operation?.pathParams ?? {} };
    (request.inBatch ? this.actions : this.requests).push(received);
    if (!request.inBatch) {
      const retryAfter = this.limits.shift();
      if (retryAfter !== undefined) return { status: 429, body: { errors: [{ message: 'You have made too many requests recently. Please, be chill.' }] }, headers: { 'Retry-After': retryAfter } };
    }
    if (!checked.operation || checked.violations.length > 0) {
      this.violations.push(...checked.violations);
      return { status: checked.operation ? 400 : 404, body: { errors: checked.violations.map((message) => ({ message })) } };
    }
    const queued = this.raw.get(received.operationId);
    const rawAnswer = queued?.shift();
    if (rawAnswer) return rawAnswer;
    const handler = handlers[received.operationId];
    if (!handler) {
      this.violations.push(`the fake has no handler for ${received.operationId}`);
      return { status: 500, body: { errors: [{ message: `no handler for ${received.operationId}` }] } };
    }
    const answer = await handler(received, this);
    const problems = this.check.checkResponse(received.operationId, answer.status, answer.body);
    if (problems.length > 0) this.violations.push(...problems.map((problem) => `answer: ${problem}`));
    return answer;
  }

  /** Runs one `POST /batch` action through the same checks, as the same user. */
  async runAction(action: unknown, userGid: string): Promise<{ status_code: number; headers: Record<string, string>; body: unknown }> {
    if (!isObject(action) || typeof action.relative_path !== 'string' || typeof action.method !== 'string') {
      return { status_code: 400, headers: {}, body: { errors: [{ message: 'relative_path and method are required' }] } };
    }
    const [path = '', search = ''] = action.relative_path.split('?');
    const query = new URLSearchParams(search);
    const options = isObject(action.options) ? action.options : {};
    if (Array.isArray(options.fields)) query.set('opt_fields', options.fields.join(','));
    if (typeof options.limit === 'number') query.set('limit', String(options.limit));
    if (options.offset !== undefined) query.set('offset', String(options.offset));
    const answer = await this.handle({
      method: action.method.toUpperCase(),
      path,
      query,
      body: action.data === undefined ? undefined : { data: action.data },
      userGid,
      inBatch: true,
      contentType: 'application/json',
    });
    return { status_code: answer.status, headers: answer.headers ?? {}, body: answer.body ?? {} };
  }
}
