import { useRef, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router-dom';
import type { Message, Ticket } from '../../../../contract/index.ts';
import { ApiError, errorMessage } from '../../../api/client.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { Badge, ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { Notice } from '../../../ui/FormAlert.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { Composer, type ComposerHandle } from '../../conversations/Composer.tsx';
import { quoteMarkdown } from '../../conversations/markdown.ts';
import { useCoalesced, useScrollToLinkedMessage } from '../../conversations/live.ts';
import { MessageFeed } from '../../conversations/MessageFeed.tsx';
import { uploadAttachment } from '../../conversations/api.ts';
import { useMarkRead } from '../../conversations/useMarkRead.ts';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { ticketsApi } from '../api.ts';
import { isDone, priorityLabel, replyByLine, statusLabel, statusTone, ticketNumber } from '../format.ts';
import { CsatWidget } from './CsatWidget.tsx';
import { useTicketMessages } from '../useTicketMessages.ts';
import { useConfirm } from '../../../ui/ConfirmDialog.tsx';

/** Replies the API refuses because the ticket can no longer be reopened (a new ticket is the way forward). */
const FINAL_CODES = new Set(['reopen_window_passed', 'ticket_closed']);

function TicketFacts({ ticket }: { ticket: Ticket }) {
  return (
    <dl className="facts">
      <dt>{t('tickets.page.status')}</dt>
      <dd>
        <Badge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</Badge>
      </dd>
      <dt>{t('tickets.page.priority')}</dt>
      <dd>{priorityLabel(ticket.priority)}</dd>
      <dt>{t('tickets.page.requester')}</dt>
      <dd>{ticket.requester?.name ?? t('common.unknown')}</dd>
      {ticket.ccs.length ? (
        <>
          <dt>{t('tickets.page.ccs')}</dt>
          <dd>{ticket.ccs.map((person) => person.name).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t('tickets.page.account')}</dt>
      <dd>{ticket.accountName}</dd>
      <dt>{t('tickets.page.created')}</dt>
      <dd>
        <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
      </dd>
      <dt>{t('tickets.page.updated')}</dt>
      <dd>
        <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt)}</time>
      </dd>
    </dl>
  );
}

/** `/tickets/:ticketId` for customers: the conversation, the reply box, "Mark as solved" and the rating. */
function CustomerTicket({ ticketId }: { ticketId: string }) {
  const me = useMe();
  const confirm = useConfirm();
  const toast = useToast();
  const location = useLocation();
  const createdNumber = (location.state as { createdNumber?: number } | null)?.createdNumber;
  const ticket = useApi('/api/v1/tickets/{ticketId}', { path: { ticketId } });
  const feed = useTicketMessages(ticketId);
  // Ticket messages are conversation messages: the thread's read position is the conversations engine's.
  useMarkRead(ticketId, feed.messages, me.user.id);
  const [blocked, setBlocked] = useState(false);
  const [solving, setSolving] = useState(false);
  const [arrival, setArrival] = useState<string>('');
  const composer = useRef<ComposerHandle>(null);

  useScrollToLinkedMessage(location.hash, feed.messages);

  const refresh = useCoalesced(() => {
    ticket.reload();
    feed.refresh();
  }, 250);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected') return refresh();
    const data = signal.event.data;
    const about = data.threadId === ticketId || data.ticketId === ticketId || data.id === ticketId;
    if (!about) return;
    const message = data.message as Message | undefined;
    if (message && message.author?.id !== me.user.id)
      setArrival(t('tickets.page.newMessage', { name: message.author?.name ?? t('common.unknown') }));
    else if (signal.event.type === 'notification.created') setArrival(t('tickets.page.updatedLive'));
    refresh();
  });

  if (ticket.error && !ticket.data) {
    return (
      <>
        <PageHeader title={t('tickets.portal.title')} />
        <ErrorState error={ticket.error} onRetry={ticket.reload} />
      </>
    );
  }
  if (!ticket.data) return <Loading />;
  const data = ticket.data;
  const promise = replyByLine(data);
  // The API grants a customer the status change only while the ticket is open (it may only mark it solved).
  const canSolve = data.abilities.setStatus && !isDone(data.status);

  const markSolved = async () => {
    if (!(await confirm({ title: t('tickets.page.markSolvedConfirm'), confirmLabel: t('tickets.page.markSolved') })))
      return;
    setSolving(true);
    try {
      ticket.setData(await ticketsApi.update(data, { status: 'solved' }));
      toast(t('tickets.page.solved'));
    } catch (error) {
      toast(errorMessage(error), 'error');
      ticket.reload();
    } finally {
      setSolving(false);
    }
  };

  return (
    <>
      <p>
        <Link to="/tickets">← {t('tickets.page.back')}</Link>
      </p>
      <Notice>{createdNumber ? t('tickets.new.created', { number: String(createdNumber) }) : null}</Notice>
      <PageHeader
        title={data.subject}
        description={
          <>
            {ticketNumber(data)} · <Badge tone={statusTone(data.status)}>{statusLabel(data.status)}</Badge>
          </>
        }
      />
      {promise ? (
        <p className="ticket-sla">
          <time dateTime={data.sla.dueAt ?? undefined}>{promise}</time>
        </p>
      ) : null}
      {data.mergedIntoTicketId ? (
        <div className="alert alert--info">
          <p>{t('tickets.page.merged')}</p>
          <Link to={`/tickets/${data.mergedIntoTicketId}`}>{t('tickets.page.mergedLink')}</Link>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {arrival}
      </p>
      <div className="ticket-layout">
        <div>
          <MessageFeed
            feed={feed}
            label={t('tickets.page.conversation')}
            staffView={false}
            onRetry={feed.refresh}
            onQuote={(item) => composer.current?.prepend(quoteMarkdown(item.author?.name ?? '', item.body))}
            olderLabel={t('tickets.page.olderMessages')}
            emptyLabel={t('tickets.page.noMessages')}
          />
          {/* On a solved ticket the rating comes first: replying is the exception (it reopens). */}
          <CsatWidget
            ticket={data}
            onRated={(rating) =>
              ticket.setData((current) =>
                current ? { ...current, rating, abilities: { ...current.abilities, rate: false } } : current,
              )
            }
          />
          {data.abilities.reply && !blocked ? (
            <div className="reply">
              {data.status === 'solved' ? <p className="muted small">{t('tickets.page.reopenHint')}</p> : null}
              <Composer
                ref={composer}
                label={t('tickets.page.replyLabel')}
                submitLabel={t('tickets.page.send')}
                upload={(file, signal) => uploadAttachment(ticketId, file, signal)}
                onSubmit={async (value, idempotencyKey) => {
                  try {
                    const body = {
                      body: value.body,
                      ...(value.attachmentIds.length ? { attachmentIds: value.attachmentIds } : {}),
                    };
                    feed.upsert(await ticketsApi.reply(ticketId, body, idempotencyKey));
                    ticket.reload();
                  } catch (error) {
                    if (error instanceof ApiError && FINAL_CODES.has(error.code)) {
                      setBlocked(true);
                      ticket.reload();
                    }
                    throw error;
                  }
                }}
              />
            </div>
          ) : !data.mergedIntoTicketId && (blocked || data.status === 'closed' || data.status === 'solved') ? (
            <div className="alert alert--info ticket-reply-closed" role={blocked ? 'alert' : undefined}>
              <p>{t('tickets.page.cannotReply', { number: String(data.number) })}</p>
              <Link to="/tickets/new" className="btn btn--secondary">
                {t('tickets.portal.new')}
              </Link>
            </div>
          ) : null}
        </div>
        <aside className="ticket-side" aria-label={t('tickets.page.details')}>
          <TicketFacts ticket={data} />
          {canSolve ? (
            <div className="ticket-side__actions">
              <button type="button" className="btn btn--secondary" onClick={() => void markSolved()} disabled={solving}>
                {t('tickets.page.markSolved')}
              </button>
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}

/** Staff reading a portal link go to the console's ticket view. */
export function TicketPage() {
  const me = useMe();
  const { ticketId = '' } = useParams();
  if (me.abilities.useConsole) return <Navigate to={`/console/tickets/${ticketId}`} replace />;
  return <CustomerTicket key={ticketId} ticketId={ticketId} />;
}
