import { Link, useParams } from 'react-router-dom';
import { t } from '../../../i18n/index.ts';
import { AccountDetail } from '../../accounts/AccountDetail.tsx';

export function AccountDetailPage() {
  const { accountId = '' } = useParams();
  return (
    <AccountDetail
      key={accountId}
      accountId={accountId}
      backLink={
        <p>
          <Link to="/console/accounts">← {t('accounts.back')}</Link>
        </p>
      }
    />
  );
}
