import type { Message } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { ErrorState, Loading } from '../../ui/common.tsx';
import { MessageItem } from './MessageItem.tsx';

/** What a message feed needs from its hook (conversation threads and tickets both provide it). */
export interface FeedState {
  messages: Message[];
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
  upsert: (message: Message) => void;
}

interface MessageFeedProps {
  feed: FeedState;
  label: string;
  className?: string;
  staffView: boolean;
  onRetry: () => void;
  onQuote: (message: Message) => void;
  olderLabel?: string;
  emptyLabel?: string;
}

/** A thread's messages, oldest first, with "older messages", loading, error and empty states: one for every thread view. */
export function MessageFeed({
  feed,
  label,
  className = 'thread',
  staffView,
  onRetry,
  onQuote,
  olderLabel,
  emptyLabel,
}: MessageFeedProps) {
  return (
    <section aria-label={label} className={className}>
      {feed.hasOlder ? (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={feed.loadOlder}
          disabled={feed.loading}
        >
          {olderLabel ?? t('conversations.olderMessages')}
        </button>
      ) : null}
      {feed.error ? <ErrorState error={feed.error} onRetry={onRetry} /> : null}
      {feed.loading && !feed.messages.length ? <Loading /> : null}
      {!feed.loading && !feed.messages.length && !feed.error ? (
        <p className="muted">{emptyLabel ?? t('conversations.noMessages')}</p>
      ) : null}
      <ol className="message-list">
        {feed.messages.map((message) => (
          <li key={message.id}>
            <MessageItem message={message} staffView={staffView} onChanged={feed.upsert} onQuote={onQuote} />
          </li>
        ))}
      </ol>
    </section>
  );
}
