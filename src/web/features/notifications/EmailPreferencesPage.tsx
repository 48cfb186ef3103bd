import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { EmailFrequency, NotificationPreferences } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useMe } from '../../session/SessionProvider.tsx';
import { useToast } from '../../ui/Toast.tsx';

type Module = keyof NotificationPreferences['email'];
const MODULES: { key: Module; label: MessageKey }[] = [
  { key: 'messages', label: 'module.messages' },
  // Task reminders and the overdue digest: sent once a day at most, so "immediately" and "daily" both send them.
  { key: 'projects', label: 'module.projects' },
  { key: 'approvals', label: 'module.approvals' },
  { key: 'onboarding', label: 'module.onboarding' },
  { key: 'orders', label: 'module.orders' },
  // Signature notices (a document signed by everyone); requests to sign are always sent.
  { key: 'signatures', label: 'module.signatures' },
  // Billing notices (a declined automatic charge); invoices and requests to authenticate a payment are always sent.
  { key: 'billing', label: 'module.billing' },
];
const FREQUENCIES: EmailFrequency[] = ['immediately', 'daily', 'off'];
const MODE_LABEL: Record<EmailFrequency, MessageKey> = {
  immediately: 'preferences.mode.immediately',
  daily: 'preferences.mode.daily',
  off: 'preferences.mode.off',
};

function PreferencesForm({
  initial,
  onSaved,
}: {
  initial: NotificationPreferences;
  onSaved: (value: NotificationPreferences) => void;
}) {
  const toast = useToast();
  const me = useMe();
  // Approval emails matter only to staff and to people of an account with the module.
  const showsApprovals =
    me.user.staffRole !== null || me.memberships.some((item) => item.modules.includes('approvals'));
  const showsOnboarding =
    me.user.staffRole !== null || me.memberships.some((item) => item.modules.includes('onboarding'));
  // Order emails matter only to people of an account with the module (staff are not mailed about orders).
  const showsOrders = me.memberships.some((item) => item.modules.includes('orders'));
  const showsSignatures =
    me.user.staffRole !== null || me.memberships.some((item) => item.modules.includes('signatures'));
  // Billing notices go to the account's people (staff get the firm's own mails about charges, not this preference).
  const showsBilling = me.memberships.some((item) => item.modules.includes('billing'));
  const [email, setEmail] = useState(initial.email);
  const submission = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run(async () => {
      onSaved(await dataOf(porticoApi.PUT('/api/v1/me/notification-preferences', { body: { email } })));
    });
    if (ok) toast(t('preferences.saved'));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow">
      <FormAlert error={submission.error} />
      {MODULES.filter(
        (module) =>
          (module.key !== 'approvals' || showsApprovals) &&
          (module.key !== 'onboarding' || showsOnboarding) &&
          (module.key !== 'orders' || showsOrders) &&
          (module.key !== 'signatures' || showsSignatures) &&
          (module.key !== 'billing' || showsBilling),
      ).map((module) => (
        <fieldset key={module.key} className="radio-group">
          <legend>{t(module.label)}</legend>
          {FREQUENCIES.map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name={`email-${module.key}`}
                value={mode}
                checked={email[module.key] === mode}
                onChange={() => setEmail((current) => ({ ...current, [module.key]: mode }))}
              />
              {t(MODE_LABEL[mode])}
            </label>
          ))}
        </fieldset>
      ))}
      <div>
        <button type="submit" className="btn" disabled={submission.pending}>
          {submission.pending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** `/profile/notifications`: how often to email about each module (immediately, daily digest, off). */
export function EmailPreferencesPage({ console = false }: { console?: boolean }) {
  const preferences = useApi('/api/v1/me/notification-preferences');
  return (
    <>
      <p>
        <Link to={`${console ? '/console' : ''}/profile`}>← {t('nav.profile')}</Link>
      </p>
      <PageHeader title={t('preferences.title')} description={t('preferences.intro')} />
      {preferences.error ? <ErrorState error={preferences.error} onRetry={preferences.reload} /> : null}
      {preferences.data ? (
        <PreferencesForm initial={preferences.data} onSaved={(value) => preferences.setData(value)} />
      ) : !preferences.error ? (
        <Loading />
      ) : null}
    </>
  );
}
