import { getThemeHtmlAttrs, getThemeStyles } from '@atlaskit/tokens';

/** What Jira's "enableTheming" gives a Custom UI frame: the token CSS and the attributes that switch it on. */
export interface TokenTheme {
  css: string;
  /** For `<html>`; `data-color-mode` is the light default, the frame picks dark when the reader's system prefers it. */
  attributes: Record<string, string>;
}

const THEME = { colorMode: 'auto', light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography-adg3', shape: 'shape' } as const;
let loaded: Promise<TokenTheme> | undefined;

/**
 * Atlassian's own light, dark, spacing, typography and shape token themes (from @atlaskit/tokens, the
 * version @forge/bridge uses), as one stylesheet; loaded once.
 * @example (await tokenTheme()).attributes // { 'data-theme': 'dark:dark light:light shape:shape spacing:spacing typography:typography-adg3', 'data-color-mode': 'light' }
 */
export function tokenTheme(): Promise<TokenTheme> {
  loaded ??= getThemeStyles(THEME).then((styles) => ({
    css: styles.map((style) => style.css).join('\n'),
    attributes: getThemeHtmlAttrs(THEME),
  }));
  return loaded;
}
