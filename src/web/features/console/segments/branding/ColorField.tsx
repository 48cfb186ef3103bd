import { colorContrast, type ColorContrast } from '../../../../../contract/index.ts';
import { formatNumber, t } from '../../../../i18n/index.ts';
import { TextField } from '../../../../ui/Field.tsx';

export const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * Which backgrounds a colour is shown on as text: the light-mode colours on light, their dark-mode variants on dark,
 * and a colour used in both schemes (the help-center header) on both.
 */
export type CheckedOn = 'light' | 'dark' | 'both';

/** Whether a colour fails AA where it is shown, and where ('light', 'dark' or 'both'), or null when it passes. */
export function contrastFailure(contrast: ColorContrast, on: CheckedOn): 'light' | 'dark' | 'both' | null {
  const light = on !== 'dark' && !contrast.passesLight;
  const dark = on !== 'light' && !contrast.passesDark;
  return light && dark ? 'both' : light ? 'light' : dark ? 'dark' : null;
}

/**
 * A colour override: a picker, its hex, and the contrast figures from the same function the server uses
 * (contract/branding.ts), against the backgrounds the colour is shown on. Empty means `fallback` (the firm's colour,
 * or for a dark-mode colour the variant derived from the light one), which `fallbackHint` names.
 */
export function ColorField({
  label,
  name,
  value,
  fallback,
  fallbackHint,
  clearLabel,
  checkedOn,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  fallback: string;
  fallbackHint: string;
  clearLabel: string;
  checkedOn: CheckedOn;
  onChange: (value: string) => void;
  error: unknown;
}) {
  const effective = HEX.test(value) ? value : fallback;
  const contrast = colorContrast(effective);
  const figure = (ratio: number) => formatNumber(ratio, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const failure = contrastFailure(contrast, checkedOn);
  return (
    <div className="stack stack--tight">
      <div className="form-row form-row--tight">
        <TextField
          label={label}
          name={`${name}Picker`}
          errorKey="__none__"
          type="color"
          className="color-input"
          value={effective}
          onChange={(event) => onChange(event.target.value)}
        />
        <TextField
          label={t('branding.field.hex', { field: label })}
          name={name}
          spellCheck={false}
          maxLength={7}
          placeholder={fallback}
          hint={fallbackHint}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          error={error}
        />
        {value ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => onChange('')}>
            {clearLabel}
          </button>
        ) : null}
      </div>
      <p
        className={failure ? 'field-warning' : 'muted'}
        data-testid={`${name}-contrast`}
        role={failure ? 'status' : undefined}
      >
        {t('branding.contrastOn', {
          on: checkedOn,
          light: figure(contrast.light),
          dark: figure(contrast.dark),
        })}{' '}
        {failure ? t('branding.contrastFails', { field: label, where: failure }) : null}
      </p>
    </div>
  );
}
