import { useState, type FormEvent } from 'react';
import type { SegmentDocumentSettings as Settings, UpdateSegmentDocumentSettings } from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useResource, useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { Checkbox, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { bytesFromQuotaField, formatBytes, quotaFieldFromBytes } from '../../documents/format.ts';

const PERMISSIONS = ['upload', 'createFolders', 'rename', 'deleteOwn', 'editOthers'] as const;
type Permission = (typeof PERMISSIONS)[number];

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const submission = useSubmit();
  const toast = useToast();
  const [permissions, setPermissions] = useState<Record<Permission, boolean>>(settings.clientPermissions);
  const [quota, setQuota] = useState(quotaFieldFromBytes(settings.quotaBytes));
  const readOnly = !settings.abilities.update;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateSegmentDocumentSettings = { ...permissions, quotaBytes: bytesFromQuotaField(quota) };
    await submission.run(async () => {
      onSaved(await api<Settings>(`/segments/${settings.segmentId}/document-settings`, { method: 'PATCH', body }));
      toast(t('common.saved'));
    });
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="panel stack form-narrow"
      aria-labelledby="segment-documents-heading"
    >
      <h2 id="segment-documents-heading">{t('documents.segmentSettings.title')}</h2>
      <p className="muted">{t('documents.segmentSettings.intro')}</p>
      {readOnly ? <p className="muted">{t('documents.segmentSettings.readOnly')}</p> : null}
      <FormAlert error={submission.error} fields={['quotaBytes', ...PERMISSIONS]} />
      <fieldset disabled={readOnly} className="plain">
        <div className="stack">
          <fieldset>
            <legend>{t('documents.segmentSettings.permissions')}</legend>
            {PERMISSIONS.map((name) => (
              <Checkbox
                key={name}
                name={name}
                label={t(`documents.settings.permission.${name}`)}
                checked={permissions[name]}
                onChange={(event) => setPermissions((previous) => ({ ...previous, [name]: event.target.checked }))}
              />
            ))}
          </fieldset>
          <TextField
            label={t('documents.segmentSettings.quota')}
            hint={t('documents.segmentSettings.quotaHint', {
              portalDefault: formatBytes(settings.portalDefaultQuotaBytes),
            })}
            name="quotaBytes"
            type="number"
            min={0}
            inputMode="numeric"
            value={quota}
            onChange={(event) => setQuota(event.target.value)}
            error={submission.error}
          />
          {readOnly ? null : (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('common.save')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** The documents defaults of a segment (client permissions, default quota), under the segment's form. */
export function SegmentDocumentSettings({ segmentId }: { segmentId: string }) {
  const resource = useResource<Settings>(`/segments/${segmentId}/document-settings`);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <SettingsForm
      key={JSON.stringify(resource.data)}
      settings={resource.data}
      onSaved={(next) => resource.setData(next)}
    />
  );
}
