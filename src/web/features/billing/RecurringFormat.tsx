import { Link } from 'react-router-dom';
import type { Account, Subscription, SubscriptionStatus } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';

const TONE: Record<SubscriptionStatus, 'neutral' | 'success' | 'warning'> = {
  active: 'success',
  paused: 'warning',
  cancelled: 'neutral',
  ended: 'neutral',
};

export function SubscriptionBadge({ status }: { status: SubscriptionStatus }) {
  return <Badge tone={TONE[status]}>{t(`billing.sub.status.${status}`)}</Badge>;
}

/** "month", "2 weeks", "month, on day 31". */
export function intervalOf(subscription: Pick<Subscription, 'interval'>) {
  const { unit, every, dayOfMonth } = subscription.interval;
  const interval = t('billing.sub.interval', { unit, every });
  return dayOfMonth ? t('billing.sub.intervalDay', { interval, day: dayOfMonth }) : interval;
}

/** The account page's billing tab: the console's subscriptions filtered to the account. */
export function AccountSubscriptionsLink({ account }: { account: Account }) {
  if (!account.modules.includes('billing')) return null;
  return (
    <p className="account-messages-link">
      <Link to={`/console/billing/subscriptions?accountId=${account.id}`}>{t('billing.sub.accountLink')}</Link>
      {' · '}
      <Link to={`/console/billing/profiles/${account.id}`}>{t('billing.retainer.accountLink')}</Link>
    </p>
  );
}
