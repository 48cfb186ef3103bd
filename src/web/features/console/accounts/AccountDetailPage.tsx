import { Link, useParams } from 'react-router-dom';
import { t } from '../../../i18n/index.ts';
import { AccountDetail } from '../../accounts/AccountDetail.tsx';
import { AccountTabs } from '../../documents/ConsoleDocuments.tsx';
import { AccountMessagesLink } from '../../conversations/ConsoleMessages.tsx';
import { AccountSubscriptionsLink } from '../../billing/RecurringFormat.tsx';
import { DataRightsSection } from '../DataRightsSection.tsx';

export function AccountDetailPage() {
  const { accountId = '' } = useParams();
  return (
    <AccountDetail
      key={accountId}
      accountId={accountId}
      tabs={(account) => (
        <>
          <AccountTabs account={account} />
          <AccountMessagesLink account={account} />
          <AccountSubscriptionsLink account={account} />
        </>
      )}
      after={<DataRightsSection accountId={accountId} />}
      backLink={
        <p>
          <Link to="/console/accounts">← {t('accounts.back')}</Link>
        </p>
      }
    />
  );
}
