import { useProductContext } from '@forge/react';
import { useMemo } from 'react';
import { intlLocale } from './format';
import { type Translate, translatorFor } from './messages';

export interface ReaderLocale {
  /** For Intl: numbers, money and dates. */
  locale: string;
  /** For words: English, Russian or Polish. */
  t: Translate;
}

/**
 * The reader's Jira locale, as a translator and an Intl locale. English until Jira's context arrives.
 * @example const { t, locale } = useReaderLocale(); t('panel.budget.title') // 'Budżet' for a pl-PL reader
 */
export function useReaderLocale(): ReaderLocale {
  const raw = useProductContext()?.locale;
  return useMemo(() => ({ locale: intlLocale(raw), t: translatorFor(raw) }), [raw]);
}
