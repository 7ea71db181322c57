import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { LozengeTone } from '../../src/frontend/issue-panel/panel-view-model';

/*
 * Every colour, space and radius is an Atlassian design token, so the panel follows Jira's light and
 * dark themes: Jira defines the --ds-* variables once the app calls `view.theme.enable()`, and the
 * local host's bridge does the same with the same theme files.
 */
export const styles = {
  panel: { display: 'flex', flexDirection: 'column', gap: token('space.300'), font: token('font.body'), color: token('color.text') },
  section: { display: 'flex', flexDirection: 'column', gap: token('space.100') },
  heading: { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: token('space.100') },
  subtle: { color: token('color.text.subtle') },
  subtlest: { color: token('color.text.subtlest') },
  success: { color: token('color.text.success') },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'left', padding: `${token('space.050')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, verticalAlign: 'top' },
  headCell: { textAlign: 'left', padding: `${token('space.050')} ${token('space.100')}`, borderBottom: `${token('border.width.outline')} solid ${token('color.border')}`, color: token('color.text.subtle'), font: token('font.heading.xxsmall') },
  card: { border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('border.radius.200'), padding: token('space.150'), display: 'flex', flexDirection: 'column', gap: token('space.100') },
  link: { color: token('color.link') },
  badge: { background: token('color.background.brand.bold'), color: token('color.text.inverse'), borderRadius: token('border.radius.200'), padding: `0 ${token('space.075')}`, font: token('font.body.small') },
  message: { borderRadius: token('border.radius.100'), padding: token('space.200'), display: 'flex', flexDirection: 'column', gap: token('space.100') },
  button: { border: 'none', borderRadius: token('border.radius.100'), padding: `${token('space.075')} ${token('space.150')}`, font: token('font.body'), cursor: 'pointer' },
} satisfies Record<string, CSSProperties>;

const LOZENGE: Record<LozengeTone, CSSProperties> = {
  removed: { background: token('color.background.danger'), color: token('color.text.danger') },
  moved: { background: token('color.background.warning'), color: token('color.text.warning') },
  inprogress: { background: token('color.background.information'), color: token('color.text.information') },
  success: { background: token('color.background.success'), color: token('color.text.success') },
  default: { background: token('color.background.neutral'), color: token('color.text.subtle') },
};

/** A Jira lozenge: small, upper-case, coloured by what it warns about. */
export function lozengeStyle(tone: LozengeTone): CSSProperties {
  return { ...LOZENGE[tone], borderRadius: token('border.radius.050'), padding: `0 ${token('space.050')}`, font: token('font.body.small'), fontWeight: 700, textTransform: 'uppercase', whiteSpace: 'nowrap' };
}

export type ButtonAppearance = 'primary' | 'default' | 'subtle';
const BUTTON: Record<ButtonAppearance, CSSProperties> = {
  primary: { background: token('color.background.brand.bold'), color: token('color.text.inverse') },
  default: { background: token('color.background.neutral'), color: token('color.text') },
  subtle: { background: token('color.background.neutral.subtle'), color: token('color.text.subtle') },
};

/** A Jira button of one appearance; a disabled one is greyed as Atlassian's own are. */
export function buttonStyle(appearance: ButtonAppearance, disabled: boolean): CSSProperties {
  const colours = disabled ? { background: token('color.background.disabled'), color: token('color.text.disabled'), cursor: 'not-allowed' } : BUTTON[appearance];
  return { ...styles.button, ...colours };
}

export type MessageAppearance = 'error' | 'warning' | 'information' | 'success';
const MESSAGE: Record<MessageAppearance, CSSProperties> = {
  error: { background: token('color.background.danger') },
  warning: { background: token('color.background.warning') },
  information: { background: token('color.background.information') },
  success: { background: token('color.background.success') },
};

/** A section message's tinted box. */
export function messageStyle(appearance: MessageAppearance): CSSProperties {
  return { ...styles.message, ...MESSAGE[appearance] };
}
