import { useState, type FormEvent } from 'react';
import {
  colorContrast,
  darkColorsOf,
  type SegmentBranding,
  type SegmentBrandingOverrides,
  type UpdateSegmentBranding,
} from '../../../../../contract/index.ts';
import { api } from '../../../../api/client.ts';
import { useResource, useSubmit } from '../../../../api/hooks.ts';
import { t } from '../../../../i18n/index.ts';
import { useConfirm } from '../../../../ui/ConfirmDialog.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';
import { BrandingPreview } from './BrandingPreview.tsx';
import { ColorField, contrastFailure, HEX, type CheckedOn } from './ColorField.tsx';
import { SegmentImages } from './SegmentImages.tsx';

type Field = keyof SegmentBrandingOverrides;
const TEXT_FIELDS = ['name', 'helpTitle', 'supportEmail', 'termsUrl', 'privacyUrl'] as const;
const LIGHT_COLOR_FIELDS = ['primaryColor', 'accentColor', 'helpHeaderColor'] as const;
const DARK_COLOR_FIELDS = ['primaryColorDark', 'accentColorDark'] as const;
const COLOR_FIELDS = [...LIGHT_COLOR_FIELDS, ...DARK_COLOR_FIELDS];
const FIELDS: Field[] = [...TEXT_FIELDS, ...COLOR_FIELDS];
/** The header colour is the search bar's background in both schemes; the others have a dark-mode variant. */
const CHECKED_ON: Record<(typeof COLOR_FIELDS)[number], CheckedOn> = {
  primaryColor: 'light',
  accentColor: 'light',
  helpHeaderColor: 'both',
  primaryColorDark: 'dark',
  accentColorDark: 'dark',
};

type Values = Record<Field, string>;
const valuesOf = (branding: SegmentBranding): Values =>
  Object.fromEntries(FIELDS.map((field) => [field, branding[field] ?? ''])) as Values;
/** Empty fields are sent as null: "use the firm's". */
const overridesOf = (values: Values): SegmentBrandingOverrides =>
  Object.fromEntries(FIELDS.map((field) => [field, values[field].trim() || null])) as SegmentBrandingOverrides;

/**
 * What an empty dark-mode field stands for with the form's current light colours: the contract's rule
 * (darkColorsOf), the one the server paints the portal with, so the hint shows the colour people will get.
 */
function automaticDark(firm: SegmentBranding['firm'], values: Values, field: (typeof DARK_COLOR_FIELDS)[number]) {
  const hex = (value: string) => (HEX.test(value) ? value : null);
  // The field asked about counts as empty; the other dark field as typed (the accent may follow the primary).
  const overrides = {
    primaryColor: hex(values.primaryColor),
    accentColor: hex(values.accentColor),
    primaryColorDark: field === 'primaryColorDark' ? null : hex(values.primaryColorDark),
    accentColorDark: field === 'accentColorDark' ? null : hex(values.accentColorDark),
  };
  const primaryColor = overrides.primaryColor ?? firm.primaryColor;
  const accentColor = overrides.accentColor ?? (overrides.primaryColor ? primaryColor : firm.accentColor);
  return darkColorsOf(firm, overrides, { primaryColor, accentColor })[field];
}

function BrandingForm({
  branding,
  onSaved,
  previewRevision,
}: {
  branding: SegmentBranding;
  onSaved: (next: SegmentBranding) => void;
  previewRevision: number;
}) {
  const submission = useSubmit();
  const toast = useToast();
  const confirm = useConfirm();
  const [values, setValues] = useState<Values>(valuesOf(branding));
  const readOnly = !branding.abilities.update;
  const set = (field: Field) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const firm = branding.firm;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateSegmentBranding = overridesOf(values);
    // Chosen colours only: an empty dark field gets a derived colour that always passes.
    const failures = COLOR_FIELDS.filter((field) => HEX.test(values[field])).flatMap((field) => {
      const where = contrastFailure(colorContrast(values[field]), CHECKED_ON[field]);
      return where ? [t('branding.contrastFails', { field: t(`branding.field.${field}`), where })] : [];
    });
    if (
      failures.length > 0 &&
      !(await confirm({
        title: t('branding.confirmContrast.title'),
        message: t('branding.confirmContrast.message', { failures: failures.join(' ') }),
        confirmLabel: t('branding.confirmContrast.confirm'),
      }))
    )
      return;
    await submission.run(async () => {
      onSaved(
        await api<SegmentBranding>(`/segments/${branding.segmentId}/branding`, {
          method: 'PATCH',
          body,
          ifMatch: branding.version,
        }),
      );
      toast(t('branding.saved'));
    });
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="panel stack" aria-labelledby="segment-branding-heading">
        <h2 id="segment-branding-heading">{t('branding.title')}</h2>
        <p className="muted">{t('branding.intro')}</p>
        {readOnly ? <p className="muted">{t('branding.readOnly')}</p> : null}
        <FormAlert error={submission.error} fields={FIELDS} />
        <fieldset disabled={readOnly} className="plain">
          <div className="stack form-narrow">
            {TEXT_FIELDS.map((field) => (
              <TextField
                key={field}
                label={t(`branding.field.${field}`)}
                name={field}
                type={field === 'supportEmail' ? 'email' : field.endsWith('Url') ? 'url' : 'text'}
                placeholder={firm[field] ?? ''}
                value={values[field]}
                onChange={(event) => set(field)(event.target.value)}
                error={submission.error}
              />
            ))}
            {LIGHT_COLOR_FIELDS.map((field) => (
              <ColorField
                key={field}
                label={t(`branding.field.${field}`)}
                name={field}
                value={values[field]}
                fallback={firm[field]}
                fallbackHint={t('branding.firmValue', { value: firm[field] })}
                clearLabel={t('branding.useFirm')}
                checkedOn={CHECKED_ON[field]}
                onChange={set(field)}
                error={submission.error}
              />
            ))}
            <fieldset className="plain stack branding-dark" aria-describedby="segment-branding-dark-intro">
              <legend>{t('branding.dark.title')}</legend>
              <p className="muted" id="segment-branding-dark-intro">
                {t('branding.dark.intro')}
              </p>
              {DARK_COLOR_FIELDS.map((field) => {
                const automatic = automaticDark(firm, values, field);
                return (
                  <ColorField
                    key={field}
                    label={t(`branding.field.${field}`)}
                    name={field}
                    value={values[field]}
                    fallback={automatic}
                    fallbackHint={t('branding.dark.automatic', { value: automatic })}
                    clearLabel={t('branding.dark.useAutomatic')}
                    checkedOn={CHECKED_ON[field]}
                    onChange={set(field)}
                    error={submission.error}
                  />
                );
              })}
            </fieldset>
            {readOnly ? null : (
              <div>
                <button type="submit" className="btn" disabled={submission.pending}>
                  {t('branding.save')}
                </button>
              </div>
            )}
          </div>
        </fieldset>
      </form>
      <SegmentImages branding={branding} onChanged={onSaved} />
      <BrandingPreview segmentId={branding.segmentId} values={overridesOf(values)} revision={previewRevision} />
    </>
  );
}

/** A segment's branding (overrides of the firm's), its logo and favicon, and a live preview, under the segment's form. */
export function SegmentBrandingSection({
  segmentId,
  previewRevision = 0,
}: {
  segmentId: string;
  previewRevision?: number;
}) {
  const resource = useResource<SegmentBranding>(`/segments/${segmentId}/branding`);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <BrandingForm
      key={resource.data.version}
      branding={resource.data}
      onSaved={(next) => resource.setData(next)}
      previewRevision={previewRevision}
    />
  );
}
