/** What Jira said about a refused request: its `errorMessages` list and its per-field `errors` map. */
export interface JiraErrorDetails {
  errorMessages: string[];
  errors: Record<string, string>;
}

export interface JiraRequestSummary {
  method: string;
  /** Path and query as sent, e.g. "/rest/api/3/issue/10042?fields=summary". */
  path: string;
  /** What the request was about, in words: "issue 10042", "subtasks of WEB-12". */
  subject: string;
}

function describeDetails(details: JiraErrorDetails): string {
  const parts = [...details.errorMessages, ...Object.entries(details.errors).map(([field, message]) => `${field}: ${message}`)];
  return parts.length > 0 ? parts.join('; ') : 'no error details in the response';
}

/** Jira answered with an error status the adapter does not recover from. */
export class JiraHttpError extends Error {
  override name = 'JiraHttpError';
  constructor(
    readonly status: number,
    readonly request: JiraRequestSummary,
    readonly details: JiraErrorDetails,
    lead = `Jira refused ${request.subject}`,
  ) {
    super(`${lead} (${status} on ${request.method} ${request.path}): ${describeDetails(details)}`);
  }
}

/** 403: the acting principal (a person or the app) may not do this. */
export class JiraPermissionError extends JiraHttpError {
  override name = 'JiraPermissionError';
  constructor(request: JiraRequestSummary, details: JiraErrorDetails) {
    super(403, request, details, `No permission for ${request.subject}`);
  }
}

/** 404: the issue (or what the path names) does not exist, or the acting principal may not see it. */
export class JiraNotFoundError extends JiraHttpError {
  override name = 'JiraNotFoundError';
  constructor(request: JiraRequestSummary, details: JiraErrorDetails) {
    super(404, request, details, `Not found or not visible: ${request.subject}`);
  }
}

/** Jira kept answering 429 or 5xx until the retry budget ran out. */
export class JiraUnavailableError extends Error {
  override name = 'JiraUnavailableError';
  constructor(
    readonly request: JiraRequestSummary,
    readonly lastStatus: number,
    readonly attempts: number,
    readonly waitedMs: number,
    reason: string,
  ) {
    super(
      `Jira did not serve ${request.subject} (${request.method} ${request.path}): ${attempts} attempt${attempts === 1 ? '' : 's'}, ` +
        `last status ${lastStatus}, ${(waitedMs / 1000).toFixed(1)} s spent waiting; ${reason}`,
    );
  }
}

/** Jira answered 2xx with a body whose shape Mops cannot read. */
export class JiraResponseShapeError extends Error {
  override name = 'JiraResponseShapeError';
  constructor(
    readonly request: JiraRequestSummary,
    readonly problems: string[],
  ) {
    super(`Jira's answer for ${request.subject} (${request.method} ${request.path}) is not in the expected shape: ${problems.join('; ')}`);
  }
}
