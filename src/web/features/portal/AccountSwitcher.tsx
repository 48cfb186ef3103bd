import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { porticoApi } from '../../api/typed-client.ts';

/** The active-account picker, shown when the user belongs to more than one account. */
export function AccountSwitcher() {
  const me = useMe();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const submission = useSubmit();
  if (me.memberships.length < 2) return null;

  const onChange = async (accountId: string) => {
    const ok = await submission.run(async () => {
      await porticoApi.PUT('/api/v1/me/active-account', { body: { accountId } });
      await refresh();
    });
    if (ok) {
      const name = me.memberships.find((membership) => membership.accountId === accountId)?.accountName ?? '';
      toast(t('portal.switcher.switched', { account: name }));
      navigate('/');
    }
  };

  return (
    <div className="account-switcher">
      <label htmlFor="account-switcher">{t('portal.switcher.label')}</label>
      <select
        id="account-switcher"
        value={me.activeAccountId ?? ''}
        disabled={submission.pending}
        onChange={(event) => void onChange(event.target.value)}
      >
        {me.activeAccountId ? null : <option value="">{t('portal.switcher.choose')}</option>}
        {me.memberships.map((membership) => (
          <option key={membership.accountId} value={membership.accountId}>
            {membership.accountName}
          </option>
        ))}
      </select>
      {submission.error ? (
        <span className="field-error" role="alert">
          {errorMessage(submission.error)}
        </span>
      ) : null}
    </div>
  );
}
