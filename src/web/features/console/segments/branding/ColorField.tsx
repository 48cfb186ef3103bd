import { colorContrast } from '../../../../../contract/index.ts';
import { formatNumber, t } from '../../../../i18n/index.ts';
import { TextField } from '../../../../ui/Field.tsx';

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * A colour override: a picker, its hex, and the contrast figures from the same function the server uses
 * (contract/branding.ts). Empty means "the firm's colour".
 */
export function ColorField({
  label,
  name,
  value,
  firmValue,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  firmValue: string;
  onChange: (value: string) => void;
  error: unknown;
}) {
  const effective = HEX.test(value) ? value : firmValue;
  const contrast = colorContrast(effective);
  const figure = (ratio: number) => formatNumber(ratio, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const fails = !contrast.passesLight || !contrast.passesDark;
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
          placeholder={firmValue}
          hint={t('branding.firmValue', { value: firmValue })}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          error={error}
        />
        {value ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => onChange('')}>
            {t('branding.useFirm')}
          </button>
        ) : null}
      </div>
      <p
        className={fails ? 'field-warning' : 'muted'}
        data-testid={`${name}-contrast`}
        role={fails ? 'status' : undefined}
      >
        {t('branding.contrast', { light: figure(contrast.light), dark: figure(contrast.dark) })}{' '}
        {fails ? t('branding.contrastFails', { field: label, where: contrastWhere(contrast) }) : null}
      </p>
    </div>
  );
}

export function contrastWhere(contrast: { passesLight: boolean; passesDark: boolean }) {
  return !contrast.passesLight && !contrast.passesDark ? 'both' : contrast.passesLight ? 'dark' : 'light';
}
