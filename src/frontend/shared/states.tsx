import React from 'react';
import { Box, Button, Inline, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import { failureCopy, type Failure } from './failure-copy';
import type { Translate } from './messages';

/**
 * The spinner a view shows until its first answer arrives.
 * @example if (state.status === 'loading') return <LoadingState t={t} />;
 */
export function LoadingState({ t }: { t: Translate }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <Spinner size="medium" label={t('state.loading')} />
      <Text color="color.text.subtle">{t('state.loading')}</Text>
    </Inline>
  );
}

/**
 * A failed load: why, in the reader's language, and a retry where one can help.
 * @example if (state.status === 'failed') return <FailureState failure={state} t={t} onRetry={reload} />;
 */
export function FailureState({ failure, t, onRetry }: { failure: Failure; t: Translate; onRetry?: () => void }) {
  const copy = failureCopy(failure, t);
  return (
    <SectionMessage appearance={copy.appearance} title={copy.title}>
      <Stack space="space.100">
        <Text>{copy.body}</Text>
        {copy.details ? <Text size="small" color="color.text.subtle">{copy.details}</Text> : null}
        {copy.canRetry && onRetry ? (
          <Box>
            <Button appearance="default" onClick={onRetry}>
              {t('state.retry')}
            </Button>
          </Box>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}

/**
 * What a section says when there is nothing to list: plain, subtle text, not an alarm.
 * @example <EmptyNote>{t('panel.duplicates.none')}</EmptyNote>
 */
export function EmptyNote({ children }: { children: string }) {
  return <Text color="color.text.subtlest">{children}</Text>;
}
