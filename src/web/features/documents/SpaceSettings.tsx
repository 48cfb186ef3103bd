import { useState, type FormEvent } from 'react';
import type { DocumentSpace, UpdateDocumentSpace } from '../../../contract/index.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { bytesFromQuotaField, formatBytes, quotaFieldFromBytes } from './format.ts';
import { useDocsScope } from './scope.tsx';

const PERMISSIONS = ['upload', 'createFolders', 'rename', 'deleteOwn', 'editOthers'] as const;
type Permission = (typeof PERMISSIONS)[number];
type Choice = 'inherit' | 'on' | 'off';

function toChoice(value: boolean | null | undefined): Choice {
  return value === null || value === undefined ? 'inherit' : value ? 'on' : 'off';
}

function SettingsForm({ space, onSaved }: { space: DocumentSpace; onSaved: (space: DocumentSpace) => void }) {
  const overrides = space.accountOverrides;
  const submission = useSubmit();
  const toast = useToast();
  const [quota, setQuota] = useState(quotaFieldFromBytes(overrides?.quotaBytes));
  const [choices, setChoices] = useState<Record<Permission, Choice>>(
    () =>
      Object.fromEntries(PERMISSIONS.map((name) => [name, toChoice(overrides?.[name])])) as Record<Permission, Choice>,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateDocumentSpace = { quotaBytes: bytesFromQuotaField(quota) };
    for (const name of PERMISSIONS) body[name] = choices[name] === 'inherit' ? null : choices[name] === 'on';
    await submission.run(async () => {
      onSaved(
        await dataOf(
          porticoApi.PATCH('/api/v1/accounts/{accountId}/document-space', {
            params: { path: { accountId: space.accountId } },
            body,
          }),
        ),
      );
      toast(t('common.saved'));
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="panel stack form-narrow" aria-labelledby="space-settings-heading">
      <h2 id="space-settings-heading">{t('documents.settings.title')}</h2>
      <p className="muted">{t('documents.settings.intro')}</p>
      <FormAlert error={submission.error} fields={['quotaBytes', ...PERMISSIONS]} />
      <TextField
        label={t('documents.settings.quota')}
        hint={t('documents.settings.quotaHint', { current: formatBytes(space.quotaBytes) })}
        name="quotaBytes"
        type="number"
        min={0}
        inputMode="numeric"
        value={quota}
        onChange={(event) => setQuota(event.target.value)}
        error={submission.error}
      />
      {PERMISSIONS.map((name) => (
        <SelectField
          key={name}
          label={t(`documents.settings.permission.${name}`)}
          hint={t('documents.settings.effective', {
            value: space.clientPermissions[name] ? t('documents.settings.on') : t('documents.settings.off'),
          })}
          name={name}
          value={choices[name]}
          onChange={(event) => setChoices((previous) => ({ ...previous, [name]: event.target.value as Choice }))}
          error={submission.error}
        >
          <option value="inherit">{t('documents.settings.inherit')}</option>
          <option value="on">{t('documents.settings.on')}</option>
          <option value="off">{t('documents.settings.off')}</option>
        </SelectField>
      ))}
      <div>
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** Staff: this account's storage quota and what its clients may do, over the segment's defaults. */
export function SpaceSettings() {
  const { space } = useDocsScope();
  if (!space.data?.abilities.manageSettings || !space.data.accountOverrides) return null;
  return (
    <SettingsForm
      key={JSON.stringify(space.data.accountOverrides)}
      space={space.data}
      onSaved={(next) => space.setData(next)}
    />
  );
}
