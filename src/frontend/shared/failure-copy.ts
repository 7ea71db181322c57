import type { MessageKey, Translate } from './messages';
import type { ResolverAnswer } from './resolver-answer';

export type Failure = Extract<ResolverAnswer<unknown>, { status: 'failed' }>;

/** What a failed load says to the reader, in SectionMessage terms. */
export interface FailureCopy {
  appearance: 'error' | 'warning' | 'information';
  title: string;
  body: string;
  /** The technical reason, for a malformed answer only: it helps whoever is told about it. */
  details?: string;
  /** Trying again cannot grant a permission, so no-permission offers no retry. */
  canRetry: boolean;
}

const TITLE: Record<Failure['kind'], MessageKey> = {
  'bad-request': 'error.bad-request.title',
  'no-permission': 'error.no-permission.title',
  'not-found': 'error.not-found.title',
  unavailable: 'error.unavailable.title',
  internal: 'error.internal.title',
  malformed: 'error.malformed.title',
};

/**
 * The message a view shows when its resolver call failed. Server messages are shown as they are
 * for bad requests and internal errors (they name the field and value); a missing permission and an
 * unreachable app get Mops' own words, since the server's would not help the reader.
 * @example failureCopy({ status: 'failed', kind: 'no-permission', message: 'asUser 403' }, t).title // 'You don’t have permission to see this'
 */
export function failureCopy(failure: Failure, t: Translate): FailureCopy {
  const title = t(TITLE[failure.kind]);
  switch (failure.kind) {
    case 'no-permission':
      return { appearance: 'warning', title, body: t('error.no-permission.body'), canRetry: false };
    case 'not-found':
      return { appearance: 'information', title, body: failure.message, canRetry: true };
    case 'unavailable':
      return { appearance: 'error', title, body: t('error.unavailable.body'), canRetry: true };
    case 'malformed':
      return { appearance: 'error', title, body: t('error.malformed.body'), details: t('state.details', { details: failure.message }), canRetry: true };
    case 'bad-request':
    case 'internal':
      return { appearance: 'error', title, body: failure.message, canRetry: true };
  }
}
