import { getThemeHtmlAttrs, getThemeStyles } from '@atlaskit/tokens';
import { z } from 'zod';

/** What Jira's "enableTheming" gives a Custom UI frame: the token CSS and the attributes that switch it on. */
export interface TokenTheme {
  css: string;
  /** For `<html>`; `data-color-mode` is the light default, the frame picks dark when the reader's system prefers it. */
  attributes: Record<string, string>;
}

const THEME = { colorMode: 'auto', light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography-adg3', shape: 'shape' } as const;
let loaded: Promise<TokenTheme> | undefined;

/**
 * The reader's choice of theme, as Jira's profile offers it: light, dark, or as the system prefers.
 * The tracker frame remembers it in the `mops_theme` cookie.
 */
export const ColorMode = z.enum(['light', 'dark', 'auto']);
export type ColorMode = z.infer<typeof ColorMode>;
export const THEME_COOKIE = 'mops_theme';

/**
 * The colour mode a cookie asks for; anything else (no cookie, a stale value) is 'auto'.
 * @example colorModeOf('dark') // 'dark'
 * @example colorModeOf('sepia') // 'auto'
 */
export function colorModeOf(cookie: string | undefined): ColorMode {
  return ColorMode.catch('auto').parse(cookie);
}

/**
 * The `<html>` attributes that select Atlassian's token themes (data-theme, data-color-mode), known
 * without loading the stylesheets.
 * @example themeAttributes()['data-theme'] // 'dark:dark light:light shape:shape spacing:spacing typography:typography-adg3'
 */
export function themeAttributes(): Record<string, string> {
  return getThemeHtmlAttrs(THEME);
}

/**
 * Atlassian's own light, dark, spacing, typography and shape token themes (from @atlaskit/tokens, the
 * version @forge/bridge uses), as one stylesheet; loaded once.
 * @example (await tokenTheme()).attributes // { 'data-theme': 'dark:dark light:light shape:shape spacing:spacing typography:typography-adg3', 'data-color-mode': 'light' }
 */
export function tokenTheme(): Promise<TokenTheme> {
  loaded ??= getThemeStyles(THEME).then((styles) => ({
    css: styles.map((style) => style.css).join('\n'),
    attributes: themeAttributes(),
  }));
  return loaded;
}
