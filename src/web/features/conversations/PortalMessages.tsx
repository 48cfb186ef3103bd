import { Link, Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../ui/common.tsx';
import { useLiveThreads } from './live.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { ThreadList } from './ThreadList.tsx';
import { ThreadView } from './ThreadView.tsx';

function NoAccount() {
  return (
    <>
      <PageHeader title={t('conversations.title')} />
      <EmptyState title={t('portal.home.noAccountTitle')} />
    </>
  );
}

function ThreadsPage({ accountId }: { accountId: string }) {
  const me = useMe();
  const list = useLiveThreads(accountId);
  const name = me.memberships.find((membership) => membership.accountId === accountId)?.accountName;
  return (
    <>
      <PageHeader
        title={t('conversations.title')}
        description={name}
        actions={
          <Link to="/messages/new" className="btn">
            {t('conversations.new')}
          </Link>
        }
      />
      <ThreadList
        list={list}
        console={false}
        label={t('conversations.threads')}
        emptyHint={t('conversations.emptyHint')}
      />
    </>
  );
}

function NewThreadPage({ accountId }: { accountId: string }) {
  return (
    <>
      <p>
        <Link to="/messages">← {t('conversations.back')}</Link>
      </p>
      <PageHeader title={t('conversations.newTitle')} />
      <NewThreadForm accountId={accountId} console={false} />
    </>
  );
}

/** The portal's Messages section (`/messages`): the active account's threads and a new thread form. */
export function PortalMessages() {
  const me = useMe();
  const accountId = me.activeAccountId;
  if (!accountId) return <NoAccount />;
  return (
    <Routes>
      <Route index element={<ThreadsPage key={accountId} accountId={accountId} />} />
      <Route path="new" element={<NewThreadPage key={accountId} accountId={accountId} />} />
    </Routes>
  );
}

/** `/threads/:threadId`: one thread in the portal; staff are sent to the console's view (notes, seen by). */
export function PortalThreadPage() {
  const me = useMe();
  const { threadId = '' } = useParams();
  const location = useLocation();
  if (me.abilities.useConsole) return <Navigate to={`/console/threads/${threadId}${location.hash}`} replace />;
  return <ThreadView key={threadId} threadId={threadId} console={false} />;
}
