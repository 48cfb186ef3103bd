import { Link, useParams } from 'react-router-dom';
import type { Account } from '../../../contract/index.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { PageHeader } from '../../ui/common.tsx';
import { useLiveThreads, useUnreadCounts } from './live.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { ThreadList } from './ThreadList.tsx';
import { ThreadView } from './ThreadView.tsx';

const accountBase = (accountId: string) => `/console/accounts/${accountId}`;

/** `/console/inbox`: threads of every account the staff member can see. */
export function ConsoleInboxPage() {
  const list = useLiveThreads();
  return (
    <>
      <PageHeader title={t('conversations.inbox')} description={t('conversations.inboxIntro')} />
      <ThreadList list={list} console showAccount label={t('conversations.inbox')} />
    </>
  );
}

/** `/console/accounts/:accountId/messages`: one account's threads. */
export function ConsoleAccountMessagesPage() {
  const { accountId = '' } = useParams();
  const account = useApi('/api/v1/accounts/{accountId}', { path: { accountId } });
  const list = useLiveThreads(accountId);
  return (
    <>
      <p>
        <Link to={accountBase(accountId)}>← {account.data?.name ?? t('accounts.back')}</Link>
      </p>
      <PageHeader
        title={account.data ? t('conversations.titleOf', { account: account.data.name }) : t('conversations.title')}
        actions={
          <Link to={`${accountBase(accountId)}/messages/new`} className="btn">
            {t('conversations.new')}
          </Link>
        }
      />
      <ThreadList list={list} console label={t('conversations.threads')} />
    </>
  );
}

export function ConsoleNewThreadPage() {
  const { accountId = '' } = useParams();
  return (
    <>
      <p>
        <Link to={`${accountBase(accountId)}/messages`}>← {t('conversations.back')}</Link>
      </p>
      <PageHeader title={t('conversations.newTitle')} />
      <NewThreadForm key={accountId} accountId={accountId} console />
    </>
  );
}

export function ConsoleThreadPage() {
  const { threadId = '' } = useParams();
  return <ThreadView key={threadId} threadId={threadId} console />;
}

/** On the console's account page: a link to the account's messages with its unread count. */
export function AccountMessagesLink({ account }: { account: Account }) {
  const enabled = account.modules.includes('messages');
  const counts = useUnreadCounts(enabled);
  if (!enabled) return null;
  const unread = counts?.accounts.find((item) => item.accountId === account.id)?.unreadCount ?? 0;
  return (
    <p className="account-messages-link">
      <Link to={`${accountBase(account.id)}/messages`}>
        {t('nav.messages')}
        {unread ? <span className="count-badge">{t('conversations.unreadShort', { count: unread })}</span> : null}
      </Link>
    </p>
  );
}
