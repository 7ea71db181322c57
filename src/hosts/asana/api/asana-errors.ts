/** What one request to Asana was, for error messages: never the token, never the body. */
export interface AsanaRequestSummary {
  method: string;
  /** The path as sent, e.g. "/tasks/1209876500000042". */
  path: string;
  /** What the request was about, in words: "task 1209876500000042", "subtasks of 1209…". */
  subject: string;
}

/** Asana's error messages (`{"errors": [{"message": …}]}`), or the first words of a non-JSON answer. */
export type AsanaErrorMessages = readonly string[];

function describe(messages: AsanaErrorMessages): string {
  return messages.length > 0 ? messages.join('; ') : 'no error message in the response';
}

/** Asana answered with an error status the adapter does not recover from. */
export class AsanaHttpError extends Error {
  override name = 'AsanaHttpError';
  constructor(
    readonly status: number,
    readonly request: AsanaRequestSummary,
    readonly messages: AsanaErrorMessages,
    lead = `Asana refused ${request.subject}`,
  ) {
    super(`${lead} (${status} on ${request.method} ${request.path}): ${describe(messages)}`);
  }
}

/** 403: the token's user (or the app) may not do this, e.g. a private task of another team. */
export class AsanaPermissionError extends AsanaHttpError {
  override name = 'AsanaPermissionError';
  constructor(request: AsanaRequestSummary, messages: AsanaErrorMessages) {
    super(403, request, messages, `No permission for ${request.subject}`);
  }
}

/** 404: no such object, or one the token may not see. */
export class AsanaNotFoundError extends AsanaHttpError {
  override name = 'AsanaNotFoundError';
  constructor(request: AsanaRequestSummary, messages: AsanaErrorMessages) {
    super(404, request, messages, `Not found or not visible: ${request.subject}`);
  }
}

/** Asana kept answering 429 or 503 until the retry budget ran out. */
export class AsanaUnavailableError extends Error {
  override name = 'AsanaUnavailableError';
  constructor(
    readonly request: AsanaRequestSummary,
    readonly lastStatus: number,
    readonly attempts: number,
    readonly waitedMs: number,
    reason: string,
  ) {
    super(
      `Asana did not serve ${request.subject} (${request.method} ${request.path}): ${attempts} attempt${attempts === 1 ? '' : 's'}, ` +
        `last status ${lastStatus}, ${(waitedMs / 1000).toFixed(1)} s spent waiting; ${reason}`,
    );
  }
}

/** Asana answered 2xx with a body Mops cannot read: not JSON, or not the documented shape. */
export class AsanaResponseShapeError extends Error {
  override name = 'AsanaResponseShapeError';
  constructor(
    readonly request: AsanaRequestSummary,
    readonly problems: readonly string[],
  ) {
    super(`Asana's answer for ${request.subject} (${request.method} ${request.path}) is not in the expected shape: ${problems.join('; ')}`);
  }
}

/** The request never got an HTTP answer (connection refused, reset, timed out). */
export class AsanaTransportError extends Error {
  override name = 'AsanaTransportError';
  constructor(
    readonly request: AsanaRequestSummary,
    cause: string,
  ) {
    super(`No answer from Asana for ${request.subject} (${request.method} ${request.path}): ${cause}`);
  }
}
