import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { UtilisationBand } from '../../../src/frontend/capacity-view/heatmap-view-model';

/*
 * The heatmap's colours, all Atlassian tokens so light and dark themes both work: a blue ramp for
 * how full a week is, and the bold danger colour for over-allocation. Colour is never the only cue:
 * an over-allocated cell also carries a warning sign and the words "Over-allocated" for screen readers.
 */
const BAND: Record<UtilisationBand, CSSProperties> = {
  off: { background: token('color.background.neutral'), color: token('color.text.subtlest') },
  light: { background: token('color.background.accent.blue.subtlest'), color: token('color.text') },
  steady: { background: token('color.background.accent.blue.subtler'), color: token('color.text') },
  full: { background: token('color.background.accent.blue.subtle'), color: token('color.text.inverse') },
  over: { background: token('color.background.danger.bold'), color: token('color.text.inverse'), fontWeight: 700 },
};

/** A heatmap cell's button: the band's colours, a fixed width so weeks line up. */
export function heatCellStyle(band: UtilisationBand, selected: boolean): CSSProperties {
  return {
    ...BAND[band],
    width: '100%',
    minWidth: '64px',
    border: 'none',
    borderRadius: token('border.radius.050'),
    padding: `${token('space.050')} ${token('space.075')}`,
    font: token('font.body.small'),
    fontVariantNumeric: 'tabular-nums',
    cursor: 'pointer',
    outline: selected ? `${token('border.width.outline')} solid ${token('color.border.focused')}` : undefined,
    outlineOffset: '1px',
  };
}

/** A legend swatch: the same colours as the cells it explains. */
export function swatchStyle(band: UtilisationBand): CSSProperties {
  return { ...BAND[band], display: 'inline-block', minWidth: '20px', textAlign: 'center', borderRadius: token('border.radius.050'), padding: `0 ${token('space.050')}`, font: token('font.body.small') };
}

/** Text only screen readers announce. */
export const visuallyHidden: CSSProperties = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
