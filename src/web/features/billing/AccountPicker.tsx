import { Link } from 'react-router-dom';
import type { Account, BillingProfile } from '../../../contract/index.ts';
import { useResource, type Page } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField } from '../../ui/Field.tsx';

/** The billing pages' account choice (a filter with "any", or the account a new document or plan is for). */
export function AccountSelect({
  label,
  value,
  onChange,
  emptyLabel,
  required,
}: {
  label: string;
  value: string;
  onChange: (accountId: string) => void;
  emptyLabel: string;
  required?: boolean;
}) {
  const accounts = useResource<Page<Account>>('/accounts', { limit: 200 });
  return (
    <SelectField
      label={label}
      name="accountId"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required={required}
    >
      <option value="">{emptyLabel}</option>
      {accounts.data?.items.map((account) => (
        <option key={account.id} value={account.id}>
          {account.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Shown when the chosen account has no billing profile yet (nothing can be issued to it). */
export function ProfileMissing({
  accountId,
  profile,
}: {
  accountId: string;
  profile: BillingProfile | null | undefined;
}) {
  if (!profile || profile.configured) return null;
  return (
    <p className="alert alert--info">
      {t('billing.new.noProfile')}{' '}
      <Link to={`/console/billing/profiles/${accountId}`}>{t('billing.profile.title')}</Link>
    </p>
  );
}
