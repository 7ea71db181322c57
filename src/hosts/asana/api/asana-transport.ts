import { ApiClient } from 'asana';
import { z } from 'zod';

/** Asana's production API base; tests point the transport at a loopback fake instead. */
export const ASANA_API_URL = 'https://app.asana.com/api/1.0';

export type AsanaMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One request as Mops composes it: a documented path template, its parameters and a JSON body. */
export interface AsanaRequest {
  method: AsanaMethod;
  /** The path as Asana's reference writes it, e.g. "/tasks/{task_gid}". */
  path: string;
  pathParams?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string>>;
  /** Every Asana write wraps its payload in `data`. */
  body?: { data: unknown };
  /** Fields of a `multipart/form-data` body, for the one write that takes no JSON (`POST /attachments`). */
  form?: Readonly<Record<string, string>>;
}

/** What came back, before anyone read it. */
export interface AsanaAnswer {
  status: number;
  retryAfter?: string;
  /** The JSON body, or undefined when there was none or it was not JSON (see `unreadable`). */
  body: unknown;
  /** The first characters of a body that was not JSON. */
  unreadable?: string;
}

/** Sends one request and returns Asana's answer, whatever its status; throws only when nothing came back. */
export type AsanaTransport = (request: AsanaRequest) => Promise<AsanaAnswer>;

export interface OfficialClientOptions {
  /** "https://app.asana.com/api/1.0" in production; a loopback fake in tests. */
  baseUrl: string;
  /** A personal access token or an OAuth access token: both are sent as `Authorization: Bearer …`. */
  accessToken: string;
  /** Per-request timeout; the client's own default is 60 s. */
  timeoutMs?: number;
}

// What superagent hands back: the parts read here, checked rather than trusted.
const AgentResponse = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.unknown()).catch({}),
  body: z.unknown(),
  text: z.string().optional(),
});
const Success = z.object({ response: AgentResponse });
const HttpFailure = z.object({ status: z.number().int(), response: AgentResponse });
const UnreadableBody = z.object({ rawResponse: z.string(), statusCode: z.number().int() });

const JSON_TYPE = 'application/json; charset=UTF-8';
const FORM_TYPE = 'multipart/form-data';

function answerOf(response: z.infer<typeof AgentResponse>): AsanaAnswer {
  const retryAfter = response.headers['retry-after'];
  const hasBody = response.body !== null && typeof response.body === 'object' && Object.keys(response.body).length > 0;
  const answer: AsanaAnswer = { status: response.status, body: hasBody ? response.body : undefined };
  if (typeof retryAfter === 'string') answer.retryAfter = retryAfter;
  if (!hasBody && response.text && response.text.trim() !== '') answer.unreadable = response.text.slice(0, 200);
  return answer;
}

/**
 * The transport over Asana's official Node client (`asana` v3): its `ApiClient` builds the URL from the
 * path template, adds the bearer token and the client-library header, and sends through superagent.
 * Mops calls `ApiClient.callApi` itself rather than the generated `TasksApi`/`StoriesApi` classes: those
 * are typed `any` throughout and throw on error statuses with the headers tucked inside, while Mops needs
 * every answer's status and `Retry-After` to pace itself (see AsanaHttp). The client is told not to wrap
 * lists in its own paging `Collection`; AsanaHttp pages with `next_page.offset`. A request with `form`
 * fields goes as `multipart/form-data` (the client's own form encoding), with no JSON body.
 * @example const transport = officialAsanaTransport({ baseUrl: 'https://app.asana.com/api/1.0', accessToken: token })
 */
export function officialAsanaTransport(options: OfficialClientOptions): AsanaTransport {
  const client = new ApiClient();
  client.basePath = options.baseUrl.replace(/\/+$/, '');
  client.authentications = { token: { type: 'personalAccessToken', accessToken: options.accessToken } };
  client.RETURN_COLLECTION = false;
  if (options.timeoutMs !== undefined) client.timeout = options.timeoutMs;

  return async (request) => {
    // The client mutates what it is given (it renames "_public" in bodies): hand it copies.
    const body = request.body === undefined || request.form !== undefined ? null : { data: request.body.data };
    const contentTypes = request.form !== undefined ? [FORM_TYPE] : body === null ? [] : [JSON_TYPE];
    let outcome: unknown;
    try {
      outcome = await client.callApi(
        request.path,
        request.method,
        { ...request.pathParams },
        { ...request.query },
        {},
        { ...request.form },
        body,
        ['personalAccessToken'],
        contentTypes,
        [JSON_TYPE],
        'Blob',
      );
    } catch (error: unknown) {
      const failure = HttpFailure.safeParse(error);
      if (failure.success) return answerOf(failure.data.response);
      const unreadable = UnreadableBody.safeParse(error);
      if (unreadable.success) return { status: unreadable.data.statusCode, body: undefined, unreadable: unreadable.data.rawResponse.slice(0, 200) };
      throw error instanceof Error ? error : new Error(String(error));
    }
    const success = Success.safeParse(outcome);
    if (!success.success) throw new Error('The asana client returned no response object');
    return answerOf(success.data.response);
  };
}
