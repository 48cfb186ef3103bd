import { useRef, useState } from 'react';
import type { Ticket, TicketStatus } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { Composer, type ComposerHandle } from '../../conversations/Composer.tsx';
import { quoteMarkdown } from '../../conversations/markdown.ts';
import { MessageFeed } from '../../conversations/MessageFeed.tsx';
import { uploadAttachment } from '../../conversations/api.ts';
import { ticketsApi } from '../api.ts';
import { CannedReplyPicker } from './CannedReplyPicker.tsx';
import { statusLabel } from './format.ts';
import { useTicketMessages } from './useTicketMessages.ts';

const AFTER_REPLY: TicketStatus[] = ['pending_customer', 'open', 'on_hold', 'solved'];

interface TicketConversationProps {
  ticket: Ticket;
  /** The composer has text (collision warning: "replying"). */
  onReplying: (replying: boolean) => void;
  onSent: () => void;
}

/** Messages and internal notes (notes look different), and the composer with canned replies and "send and set status". */
export function TicketConversation({ ticket, onReplying, onSent }: TicketConversationProps) {
  const feed = useTicketMessages(ticket.id, onSent);
  const composer = useRef<ComposerHandle>(null);
  const [afterStatus, setAfterStatus] = useState<TicketStatus>('pending_customer');
  const canWrite = ticket.abilities.reply || ticket.abilities.addNote;

  return (
    <>
      <MessageFeed
        feed={feed}
        label={t('tc.ticket.conversation')}
        className="thread tc-thread"
        staffView
        onRetry={feed.reload}
        onQuote={(item) => composer.current?.prepend(quoteMarkdown(item.author?.name ?? '', item.body))}
      />
      {canWrite ? (
        <div
          className="reply tc-reply"
          // The Composer keeps its text to itself; its textarea's input events tell whether the agent is typing.
          onInput={(event) => {
            const target = event.target as HTMLElement;
            if (target instanceof HTMLTextAreaElement) onReplying(target.value.trim() !== '');
          }}
        >
          <div className="tc-reply__tools">
            <CannedReplyPicker
              ticketId={ticket.id}
              onInsert={(body) => {
                composer.current?.prepend(body);
                onReplying(true);
              }}
            />
            <label className="tc-after">
              <span>{t('tc.reply.afterStatus')}</span>
              <select value={afterStatus} onChange={(event) => setAfterStatus(event.target.value as TicketStatus)}>
                {AFTER_REPLY.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Composer
            ref={composer}
            label={t('tc.reply.label')}
            submitLabel={t('tc.reply.send', { status: statusLabel(afterStatus) })}
            canWriteInternal={ticket.abilities.addNote}
            upload={(file, signal) => uploadAttachment(ticket.id, file, signal)}
            onSubmit={async (value, idempotencyKey) => {
              const message = await ticketsApi.reply(
                ticket.id,
                {
                  body: value.body,
                  ...(value.internal ? { internal: true } : { status: afterStatus }),
                  ...(value.attachmentIds.length ? { attachmentIds: value.attachmentIds } : {}),
                },
                idempotencyKey,
              );
              feed.upsert(message);
              onReplying(false);
              onSent();
            }}
          />
        </div>
      ) : ticket.status === 'closed' ? (
        <p className="muted">{t('tc.reply.closed')}</p>
      ) : null}
    </>
  );
}
