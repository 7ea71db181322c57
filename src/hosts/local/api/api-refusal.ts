import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TaskNotVisibleError } from '../../../app/duplicate-actions';
import type { ResolverErrorKind } from '../../jira/resolvers/contract';
import { CorruptRowError } from '../database/stored-row';
import { LocalNotSetUpError } from '../local-mops';
import { InvalidPeopleError } from '../organisation/save-people';
import { TaskNotCreatedError } from '../tracker/create-task';
import { InvalidLocalSettingsError } from '../organisation/settings-rows';

/** The API declining on purpose, with the kind the UI shows and a message that names the reason. */
export class ApiRefusal extends Error {
  override name = 'ApiRefusal';
  constructor(
    readonly kind: ResolverErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status that goes with each kind; the body is the same envelope whatever the status. */
export const STATUS_OF_KIND: Record<ResolverErrorKind, ContentfulStatusCode> = {
  'bad-request': 400,
  'no-permission': 403,
  'not-found': 404,
  unavailable: 503,
  internal: 500,
};

/**
 * What the caller is told about an error. Known errors keep their message (they name a field, a task or
 * a stored row, never a secret); anything else becomes a plain `internal` answer and its details go to
 * the log only.
 * @example errorAnswer(new TaskNotVisibleError('10042')) // { kind: 'not-found', message: 'Task 10042 does not exist or …' }
 */
export function errorAnswer(error: unknown): { kind: ResolverErrorKind; message: string; expected: boolean } {
  if (error instanceof ApiRefusal) return { kind: error.kind, message: error.message, expected: true };
  if (error instanceof TaskNotVisibleError) return { kind: 'not-found', message: error.message, expected: true };
  if (error instanceof InvalidLocalSettingsError || error instanceof InvalidPeopleError || error instanceof TaskNotCreatedError) return { kind: 'bad-request', message: error.message, expected: true };
  if (error instanceof LocalNotSetUpError) return { kind: 'unavailable', message: error.message, expected: true };
  if (error instanceof CorruptRowError) return { kind: 'internal', message: `${error.message}; fix or delete that row`, expected: false };
  return { kind: 'internal', message: "Mops failed while answering; the server's log has the details", expected: false };
}
