import { useMemo, useState, type FormEvent } from 'react';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { LANGUAGE_NAMES, SHIPPED_LANGUAGES } from '../../../contract/languages.ts';
import { browserLocale, browserTimeZone, t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { NotificationPreferencesLink } from '../notifications/NotificationPreferencesLink.tsx';
import { CalendarFeedSection } from '../obligations/CalendarFeedSection.tsx';
import { EmailChangeSection } from './EmailChangeSection.tsx';
import { DataExportSection } from './DataExportSection.tsx';
import { DeletionSection } from './DeletionSection.tsx';

function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [browserTimeZone()];
  } catch {
    return [browserTimeZone()];
  }
}

/** Name, language tag and time zone (dates everywhere use the latter two). */
export function ProfilePage() {
  const me = useMe();
  const { refresh, info } = useSession();
  // The languages offered, and a regional tag chosen before (en-GB) kept as it is.
  const languages = [...(info?.language.available ?? SHIPPED_LANGUAGES)];
  if (me.user.locale && !languages.includes(me.user.locale)) languages.push(me.user.locale);
  const toast = useToast();
  const [name, setName] = useState(me.user.name);
  const [locale, setLocale] = useState(me.user.locale ?? '');
  const [timeZone, setTimeZone] = useState(me.user.timeZone ?? '');
  const [phone, setPhone] = useState(me.user.phone ?? '');
  const submission = useSubmit();
  const zones = useMemo(() => {
    const list = timeZones();
    return me.user.timeZone && !list.includes(me.user.timeZone) ? [me.user.timeZone, ...list] : list;
  }, [me.user.timeZone]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      await porticoApi.PATCH('/api/v1/me', {
        body: { name, locale: locale.trim() || null, timeZone: timeZone || null, phone: phone.trim() || null },
      });
      await refresh();
    });
    if (ok) toast(t('profile.saved'));
  };

  return (
    <>
      <PageHeader title={t('profile.title')} />
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={submission.error} fields={['name', 'phone', 'locale', 'timeZone']} />
        <div className="field">
          <span className="field-label">{t('auth.field.email')}</span>
          <p className="field-static">{me.user.email}</p>
        </div>
        <TextField
          label={t('auth.field.name')}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={submission.error}
        />
        <TextField
          label={t('profile.field.phone')}
          name="phone"
          type="tel"
          autoComplete="tel"
          hint={t('profile.phoneHint')}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={submission.error}
        />
        <SelectField
          label={t('profile.field.locale')}
          name="locale"
          hint={t('profile.languageHint')}
          value={locale}
          onChange={(event) => setLocale(event.target.value)}
          error={submission.error}
        >
          <option value="">{t('profile.languageAuto', { browser: browserLocale() })}</option>
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language] ?? language}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.field.timeZone')}
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          error={submission.error}
        >
          <option value="">{t('profile.timeZoneBrowser', { zone: browserTimeZone() })}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('common.save')}
          </button>
        </div>
      </form>
      <EmailChangeSection />
      <DataExportSection />
      <NotificationPreferencesLink />
      <CalendarFeedSection />
      {/* Staff accounts are closed by an administrator, not deleted by their owner. */}
      {me.user.staffRole ? null : <DeletionSection />}
    </>
  );
}
