import { useState, type FormEvent } from 'react';
import {
  colorContrast,
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
import { ColorField, contrastWhere } from './ColorField.tsx';
import { SegmentImages } from './SegmentImages.tsx';

type Field = keyof SegmentBrandingOverrides;
const TEXT_FIELDS = ['name', 'helpTitle', 'supportEmail', 'termsUrl', 'privacyUrl'] as const;
const COLOR_FIELDS = ['primaryColor', 'accentColor', 'helpHeaderColor'] as const;
const FIELDS: Field[] = [...TEXT_FIELDS, ...COLOR_FIELDS];

type Values = Record<Field, string>;
const valuesOf = (branding: SegmentBranding): Values =>
  Object.fromEntries(FIELDS.map((field) => [field, branding[field] ?? ''])) as Values;
/** Empty fields are sent as null: "use the firm's". */
const overridesOf = (values: Values): SegmentBrandingOverrides =>
  Object.fromEntries(FIELDS.map((field) => [field, values[field].trim() || null])) as SegmentBrandingOverrides;

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
    const failures = COLOR_FIELDS.filter((field) => /^#[0-9a-fA-F]{6}$/.test(values[field])).flatMap((field) => {
      const contrast = colorContrast(values[field]);
      return contrast.passesLight && contrast.passesDark
        ? []
        : [t('branding.contrastFails', { field: t(`branding.field.${field}`), where: contrastWhere(contrast) })];
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
            {COLOR_FIELDS.map((field) => (
              <ColorField
                key={field}
                label={t(`branding.field.${field}`)}
                name={field}
                value={values[field]}
                firmValue={firm[field]}
                onChange={set(field)}
                error={submission.error}
              />
            ))}
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
