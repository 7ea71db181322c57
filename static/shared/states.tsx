import React from 'react';
import { type Failure, failureCopy } from '../../src/frontend/shared/failure-copy';
import type { Translate } from '../../src/frontend/shared/messages';
import { buttonStyle, messageStyle, styles } from './styles';

/**
 * What the panel shows until its first answer arrives.
 * @example if (state.status === 'loading') return <LoadingState t={t} />;
 */
export function LoadingState({ t }: { t: Translate }) {
  return (
    <p role="status" aria-busy="true" style={styles.subtle}>
      {t('state.loading')}
    </p>
  );
}

/**
 * A failed load: why, in the reader's language, and a retry where one can help (never for a missing permission).
 * @example if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
 */
export function FailureState({ failure, t, onRetry }: { failure: Failure; t: Translate; onRetry: () => void }) {
  const copy = failureCopy(failure, t);
  return (
    <section role="alert" data-state={failure.kind} style={messageStyle(copy.appearance)}>
      <h2 style={styles.heading}>{copy.title}</h2>
      <span>{copy.body}</span>
      {copy.details ? <small style={styles.subtle}>{copy.details}</small> : null}
      {copy.canRetry ? (
        <div>
          <button type="button" style={buttonStyle('default', false)} onClick={onRetry}>
            {t('state.retry')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/**
 * A section with nothing to list says so plainly, not as an alarm.
 * @example <EmptyNote>{t('panel.duplicates.none')}</EmptyNote>
 */
export function EmptyNote({ children }: { children: string }) {
  return <p style={{ ...styles.subtlest, margin: 0 }}>{children}</p>;
}
