import { useState, type FormEvent } from 'react';
import { darkVariantOf, type PortalSettings } from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useResource, useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useSession } from '../../../session/SessionProvider.tsx';
import { LANGUAGE_NAMES, SHIPPED_LANGUAGES } from '../../../../contract/languages.ts';
import { Checkbox, GroupError, SelectField, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { ColorField } from '../segments/branding/ColorField.tsx';
import { LogoSection } from './LogoSection.tsx';
import { MessagingSettingsSection } from './MessagingSettingsSection.tsx';

const HEX = /^#[0-9a-fA-F]{6}$/;

function SettingsForm({
  settings,
  onSaved,
}: {
  settings: PortalSettings;
  onSaved: (settings: PortalSettings) => void;
}) {
  const { refresh } = useSession();
  const toast = useToast();
  const [name, setName] = useState(settings.name);
  const [color, setColor] = useState(settings.primaryColor);
  // Empty: derived from the primary colour, readable on dark backgrounds (what the server does with null).
  const [darkColor, setDarkColor] = useState(settings.chosenPrimaryColorDark ?? '');
  const [supportEmail, setSupportEmail] = useState(settings.supportEmail ?? '');
  const [staffRequireTwoFactor, setStaffRequireTwoFactor] = useState(settings.staffRequireTwoFactor);
  const [defaultLanguage, setDefaultLanguage] = useState(settings.defaultLanguage);
  const submission = useSubmit();
  const readOnly = !settings.abilities.update;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const updated = await api<PortalSettings>('/portal-settings', {
        method: 'PATCH',
        body: {
          name,
          primaryColor: color,
          primaryColorDark: darkColor.trim() || null,
          supportEmail: supportEmail.trim() || null,
          staffRequireTwoFactor,
          defaultLanguage,
        },
        ifMatch: settings.version,
      });
      onSaved(updated);
      await refresh();
      toast(t('common.saved'));
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormAlert
        error={submission.error}
        fields={[
          'name',
          'primaryColor',
          'primaryColorDark',
          'supportEmail',
          'staffRequireTwoFactor',
          'defaultLanguage',
        ]}
      />
      <fieldset disabled={readOnly} className="plain">
        <div className="stack">
          <TextField
            label={t('settings.field.name')}
            name="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={submission.error}
          />
          <div className="form-row form-row--tight">
            <TextField
              label={t('settings.field.color')}
              name="primaryColor"
              type="color"
              className="color-input"
              value={HEX.test(color) ? color : '#000000'}
              onChange={(e) => setColor(e.target.value)}
              error={submission.error}
            />
            <TextField
              label={t('settings.field.hex')}
              name="primaryColorHex"
              errorKey="__none__"
              spellCheck={false}
              maxLength={7}
              pattern="#[0-9a-fA-F]{6}"
              value={color}
              onChange={(e) => setColor(e.target.value)}
            />
          </div>
          <ColorField
            label={t('branding.field.primaryColorDark')}
            name="primaryColorDark"
            value={darkColor}
            fallback={darkVariantOf(HEX.test(color) ? color : settings.primaryColor)}
            fallbackHint={t('branding.dark.automatic', {
              value: darkVariantOf(HEX.test(color) ? color : settings.primaryColor),
            })}
            clearLabel={t('branding.dark.useAutomatic')}
            checkedOn="dark"
            onChange={setDarkColor}
            error={submission.error}
          />
          <TextField
            label={t('settings.field.supportEmail')}
            name="supportEmail"
            type="email"
            hint={t('settings.supportEmailHint')}
            value={supportEmail}
            onChange={(e) => setSupportEmail(e.target.value)}
            error={submission.error}
          />
          <SelectField
            label={t('settings.field.defaultLanguage')}
            hint={t('settings.defaultLanguageHint')}
            name="defaultLanguage"
            value={defaultLanguage}
            onChange={(e) => setDefaultLanguage(e.target.value)}
            error={submission.error}
          >
            {SHIPPED_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </SelectField>
          <Checkbox
            label={t('settings.field.staff2fa')}
            hint={t('settings.staff2faHint')}
            checked={staffRequireTwoFactor}
            onChange={(e) => setStaffRequireTwoFactor(e.target.checked)}
          />
          <GroupError error={submission.error} name="staffRequireTwoFactor" />
          <p className="muted small">{t('settings.baseUrl', { url: settings.baseUrl })}</p>
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

export function SettingsPage() {
  const resource = useResource<PortalSettings>('/portal-settings');
  return (
    <>
      <PageHeader title={t('settings.title')} />
      {resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : null}
      {!resource.data && !resource.error ? <Loading /> : null}
      {resource.data ? (
        <>
          <SettingsForm key={resource.data.version} settings={resource.data} onSaved={(s) => resource.setData(s)} />
          <LogoSection settings={resource.data} onChanged={resource.reload} />
          <MessagingSettingsSection />
        </>
      ) : null}
    </>
  );
}
