import { useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Message, Thread } from '../../../contract/index.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { conversationsApi, uploadAttachment } from './api.ts';
import { Composer, type ComposerHandle } from './Composer.tsx';
import { useScrollToLinkedMessage } from './live.ts';
import { quoteMarkdown } from './markdown.ts';
import type { Mentionable } from './MentionList.tsx';
import { MessageFeed } from './MessageFeed.tsx';
import { useThreadMessages } from './useThreadMessages.ts';
import { useMarkRead } from './useMarkRead.ts';
import { AccountTime } from '../billing/AccountTime.tsx';

interface ThreadViewProps {
  threadId: string;
  /** Shown in the console (staff): notes, "Seen by", links back to the account. */
  console: boolean;
}

/** Staff to suggest after `@`: the staff list when the caller may read it, plus staff who wrote in the thread. */
function useMentionables(messages: Message[], staff: boolean, selfId: string): Mentionable[] {
  const list = useApi(staff ? '/api/v1/staff-users' : null, { query: { limit: 200 } });
  return useMemo(() => {
    const people = new Map<string, Mentionable>();
    for (const user of list.data?.items ?? []) people.set(user.id, { id: user.id, name: user.name, handle: user.name });
    for (const message of messages) {
      const author = message.author;
      if (author?.isStaff && !people.has(author.id))
        people.set(author.id, { id: author.id, name: author.name, handle: author.name });
    }
    people.delete(selfId);
    return [...people.values()];
  }, [list.data, messages, selfId]);
}

/** One thread: its messages oldest first, live updates, and the reply composer. */
export function ThreadView({ threadId, console }: ThreadViewProps) {
  const thread = useApi('/api/v1/threads/{threadId}', { path: { threadId } });

  if (thread.error) {
    return (
      <>
        <PageHeader title={t('conversations.title')} />
        <ErrorState error={thread.error} onRetry={thread.reload} />
      </>
    );
  }
  if (!thread.data) return <Loading />;
  const data = thread.data;
  const back = console ? `/console/accounts/${data.accountId}/messages` : '/messages';

  return (
    <>
      <p>
        <Link to={back}>← {t('conversations.back')}</Link>
      </p>
      <PageHeader title={data.subject} description={console ? data.accountName : undefined} />
      <ThreadDiscussion thread={data} console={console} label={t('conversations.thread')} />
      {console && data.kind === 'conversation' ? (
        <AccountTime accountId={data.accountId} subject={{ kind: 'thread', id: data.id }} />
      ) : null}
    </>
  );
}

interface ThreadDiscussionProps {
  thread: Thread;
  console: boolean;
  /** The feed's accessible name. */
  label: string;
  emptyLabel?: string;
}

/**
 * A thread's messages and reply composer, without a page around them: the thread page's body, and the discussion
 * beside a task or a document (SubjectThread).
 */
export function ThreadDiscussion({ thread: data, console, label, emptyLabel }: ThreadDiscussionProps) {
  const threadId = data.id;
  const me = useMe();
  const location = useLocation();
  const feed = useThreadMessages(threadId, me.user.id);
  const composer = useRef<ComposerHandle>(null);
  const [quoted, setQuoted] = useState<Message | null>(null);
  const mentionables = useMentionables(feed.messages, console, me.user.id);
  const staffView = console && me.user.staffRole !== null;
  useMarkRead(threadId, feed.messages, me.user.id);

  useScrollToLinkedMessage(location.hash, feed.messages);
  const latest = feed.arrivals[feed.arrivals.length - 1];

  return (
    <>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {latest ? t('conversations.messageFrom', { name: latest.author?.name ?? t('common.unknown') }) : ''}
      </p>
      <MessageFeed
        feed={feed}
        label={label}
        emptyLabel={emptyLabel}
        staffView={staffView}
        onRetry={feed.reload}
        onQuote={(item) => {
          setQuoted(item);
          composer.current?.prepend(quoteMarkdown(item.author?.name ?? '', item.body));
        }}
      />
      {data.abilities.post ? (
        <div className="reply">
          {quoted ? (
            <p className="reply__quoting small">
              {t('conversations.replyQuoting')}: {quoted.author?.name ?? t('common.unknown')}{' '}
              <button
                type="button"
                className="btn-link"
                onClick={() => setQuoted(null)}
                aria-label={t('common.cancel')}
              >
                ×
              </button>
            </p>
          ) : null}
          <Composer
            ref={composer}
            label={t('conversations.replyLabel')}
            submitLabel={t('conversations.send')}
            canWriteInternal={data.abilities.postInternal}
            mentionables={mentionables}
            upload={(file, signal) => uploadAttachment(threadId, file, signal)}
            onSubmit={async (value, idempotencyKey) => {
              const mentionUserIds = mentionables
                .filter((person) => value.body.includes(`@${person.handle}`))
                .map((person) => person.id);
              const message = await conversationsApi.postMessage(
                threadId,
                {
                  body: value.body,
                  ...(value.internal ? { internal: true } : {}),
                  ...(quoted ? { quotedMessageId: quoted.id } : {}),
                  ...(mentionUserIds.length ? { mentionUserIds } : {}),
                  ...(value.attachmentIds.length ? { attachmentIds: value.attachmentIds } : {}),
                },
                idempotencyKey,
              );
              feed.upsert(message);
              setQuoted(null);
            }}
          />
        </div>
      ) : null}
    </>
  );
}
