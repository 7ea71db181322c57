import type { Route } from '@forge/api';
import type { JiraRequester, JiraRequestInit, JiraResponse } from '../../../src/hosts/jira/rest/jira-http';
import { JiraContract, type MatchedOperation } from './openapi-contract';

/** A request as the fake Jira received it, after the contract check. */
export interface ReceivedRequest {
  operationId: string;
  method: string;
  path: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: ReceivedRequest) => FakeReply;

let sharedContract: JiraContract | undefined;
/** Compiling the pinned document takes a moment; every fake Jira in a test file shares one contract. */
function pinnedContract(): JiraContract {
  sharedContract ??= new JiraContract();
  return sharedContract;
}

/**
 * Jira in-process, for adapter tests: it answers each operation from a handler (or a queue of recorded
 * replies), and holds every request and every reply to Jira's documented contract. A request or reply
 * the document does not allow fails the call with the reasons, and is kept in `violations` so the test
 * fails even if the adapter swallowed the error.
 */
export class FakeJira {
  readonly requests: ReceivedRequest[] = [];
  readonly violations: string[] = [];
  private readonly handlers = new Map<string, FakeHandler>();
  private readonly contract = pinnedContract();

  /** Answers an operation (by Jira's operationId, e.g. "getIssue") with a handler or with replies in turn. */
  on(operationId: string, reply: FakeHandler | FakeReply | FakeReply[]): this {
    if (typeof reply === 'function') {
      this.handlers.set(operationId, reply);
    } else {
      const queue = Array.isArray(reply) ? [...reply] : [reply];
      const last = queue[queue.length - 1];
      this.handlers.set(operationId, () => (queue.length > 1 ? (queue.shift() as FakeReply) : (last as FakeReply)));
    }
    return this;
  }

  /** Requests made to one operation. */
  calls(operationId: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  /** The OAuth scopes the requests so far needed, per Jira's document. */
  scopesUsed(): string[] {
    return [...new Set(this.requests.flatMap((request) => this.contract.scopes(request.operationId)))].sort();
  }

  private fail(message: string): never {
    this.violations.push(message);
    throw new Error(`Jira contract violation: ${message}`);
  }

  readonly requester: JiraRequester = async (route: Route, init: JiraRequestInit = {}): Promise<JiraResponse> => {
    const method = (init.method ?? 'GET').toUpperCase();
    const checked = this.contract.checkRequest({ method, url: route.value, ...(init.headers ? { headers: init.headers } : {}), ...(init.body !== undefined ? { body: init.body } : {}) });
    if (checked.violations.length > 0 || !checked.operation) this.fail(checked.violations.join('\n'));
    const operation: MatchedOperation = checked.operation;
    const url = new URL(route.value, 'https://example.atlassian.net');
    const request: ReceivedRequest = {
      operationId: operation.operationId,
      method,
      path: url.pathname,
      pathParams: operation.pathParams,
      query: url.searchParams,
      body: init.body === undefined ? undefined : (JSON.parse(init.body) as unknown),
    };
    this.requests.push(request);
    const handler = this.handlers.get(operation.operationId);
    if (!handler) this.fail(`no reply set up for ${operation.operationId} (${method} ${url.pathname})`);
    const reply = handler(request);
    const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const responseViolations = this.contract.checkResponse(operation.operationId, reply.status, text);
    if (responseViolations.length > 0) this.fail(responseViolations.join('\n'));
    const headers = new Map(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    return { status: reply.status, headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null }, text: async () => text };
  };
}
