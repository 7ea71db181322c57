import { NeedsAuthenticationError } from '@forge/api';
import { TaskNotVisibleError } from '../../../app/duplicate-actions';
import { MopsNotConfiguredError } from '../composition';
import { JiraHttpError, JiraNotFoundError, JiraPermissionError, JiraUnavailableError } from '../rest/jira-errors';
import { InvalidSettingsError } from '../storage';
import type { ResolverErrorKind } from './contract';

/** A resolver declining on purpose, with the kind the UI shows and a message that names the reason. */
export class ResolverRefusal extends Error {
  override name = 'ResolverRefusal';
  constructor(
    readonly kind: ResolverErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The answer the UI gets for an error, or 'rethrow' for Forge's own "this person has not allowed the
 * app yet", which Forge turns into its consent prompt. Unexpected errors become `internal` without
 * their details, which go to the log instead.
 * @example errorAnswer(new JiraUnavailableError(…)) // { kind: 'unavailable', message: 'Jira did not serve issue 10042 …' }
 */
export function errorAnswer(error: unknown): { kind: ResolverErrorKind; message: string } | 'rethrow' {
  if (error instanceof NeedsAuthenticationError) return 'rethrow';
  if (error instanceof ResolverRefusal) return { kind: error.kind, message: error.message };
  if (error instanceof JiraPermissionError) return { kind: 'no-permission', message: error.message };
  if (error instanceof JiraNotFoundError || error instanceof TaskNotVisibleError) return { kind: 'not-found', message: error.message };
  if (error instanceof JiraUnavailableError || error instanceof MopsNotConfiguredError) return { kind: 'unavailable', message: error.message };
  if (error instanceof InvalidSettingsError) return { kind: 'bad-request', message: error.message };
  if (error instanceof JiraHttpError) return { kind: 'internal', message: `Jira refused a request Mops made (${error.status}); the app's logs have the details` };
  return { kind: 'internal', message: "Mops failed while answering; the app's logs have the details" };
}
