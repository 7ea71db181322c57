import { token } from '@atlaskit/tokens';
import React, { type CSSProperties, type ReactNode } from 'react';
import { styles } from '../../shared/styles';

/*
 * The admin page's inputs, drawn with design tokens as Atlassian's own fields are: a field with a
 * problem gets the danger border and its message right under it, tied to it by aria-describedby so a
 * screen reader reads the message with the field.
 */

export const inputStyle: CSSProperties = {
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('border.radius.100'),
  padding: `${token('space.050')} ${token('space.075')}`,
  boxSizing: 'border-box',
};

const invalidStyle: CSSProperties = { borderColor: token('color.border.danger') };
export const errorTextStyle: CSSProperties = { color: token('color.text.danger'), font: token('font.body.small') };
export const labelStyle: CSSProperties = { font: token('font.body.small'), fontWeight: 600, color: token('color.text.subtle') };

export interface FieldProps {
  id: string;
  /** Shown above the field; for fields in a table row, given to screen readers only. */
  label: string;
  hideLabel?: boolean;
  /** The problems to show under the field, already in the reader's words. */
  errors: readonly string[];
  help?: string;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; style: CSSProperties }) => ReactNode;
  style?: CSSProperties;
}

const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/**
 * A labelled control with its help and its problems.
 * @example <Field id="base" label={t('adminApp.rates.base')} errors={[]}>{(control) => <input {...control} value={base} onChange={…} />}</Field>
 */
export function Field({ id, label, hideLabel, errors, help, children, style }: FieldProps) {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [errors.length > 0 ? errorId : undefined, help ? helpId : undefined].filter(Boolean).join(' ');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.025'), ...style }}>
      <label htmlFor={id} style={hideLabel ? visuallyHidden : labelStyle}>
        {label}
      </label>
      {children({ id, 'aria-invalid': errors.length > 0, ...(describedBy ? { 'aria-describedby': describedBy } : {}), style: { ...inputStyle, ...(errors.length > 0 ? invalidStyle : {}) } })}
      {errors.length > 0 ? (
        <span id={errorId} data-field-error={id} style={errorTextStyle}>
          {errors.join(' · ')}
        </span>
      ) : null}
      {help ? (
        <small id={helpId} style={styles.subtlest}>
          {help}
        </small>
      ) : null}
    </div>
  );
}
