import { view } from '@forge/bridge';
import { useEffect, useMemo, useState } from 'react';
import { intlLocale } from '../../src/frontend/shared/format';
import { type Translate, translatorFor } from '../../src/frontend/shared/messages';

export interface ReaderLocale {
  /** For Intl: numbers, money and dates. */
  locale: string;
  /** For words: English, Russian or Polish. */
  t: Translate;
}

/**
 * The reader's locale from the host's context (`view.getContext()`), English until it arrives or when
 * the host does not say. The Custom UI twin of the UI Kit's useReaderLocale.
 * @example const { t, locale } = useBridgeLocale(); t('action.dismiss') // 'Odrzuć' for a pl-PL reader
 */
export function useBridgeLocale(): ReaderLocale {
  const [raw, setRaw] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    view.getContext().then(
      (context) => current && setRaw(context.locale),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => ({ locale: intlLocale(raw), t: translatorFor(raw) }), [raw]);
}
