import type { SettingsForm } from '../../../src/app/admin-settings-form';
import type { Translate } from '../../../src/frontend/shared/messages';

/** What every tab of the settings document receives from the page. */
export interface SettingsTabProps {
  form: SettingsForm;
  /** Applies a change; the fields at `paths` count as touched, so their problems show from now on. */
  edit: (change: (form: SettingsForm) => SettingsForm, ...paths: string[]) => void;
  /** The problems to show at exactly this path, in the reader's words. */
  errors: (path: string) => string[];
  t: Translate;
  locale: string;
}

/**
 * A copy of a list with one item replaced.
 * @example replaceAt(['a', 'b'], 1, 'c') // ['a', 'c']
 */
export function replaceAt<Item>(items: readonly Item[], index: number, item: Item): Item[] {
  return items.map((each, position) => (position === index ? item : each));
}
