import { useState } from 'react';
import type { Message } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useToast } from '../../ui/Toast.tsx';
import { attachmentHref, conversationsApi } from './api.ts';
import { Composer } from './Composer.tsx';
import { formatBytes } from './AttachmentPicker.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';

interface MessageItemProps {
  message: Message;
  /** Staff see "Seen by" and note labels. */
  staffView: boolean;
  onChanged: (message: Message) => void;
  onQuote: (message: Message) => void;
}

/** One message: author, time, body (server-sanitized HTML), attachments, read receipts and its actions. */
export function MessageItem({ message, staffView, onChanged, onQuote }: MessageItemProps) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const deleted = message.deletedAt !== null;
  const authorName = message.author?.name ?? t('common.unknown');
  const classes = [
    'message',
    message.internal ? 'message--internal' : '',
    message.author?.isStaff ? 'message--staff' : '',
    deleted ? 'message--deleted' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const confirm = useConfirm();
  const remove = async () => {
    if (!(await confirm({ title: t('conversations.deleteConfirm'), confirmLabel: t('common.delete'), danger: true })))
      return;
    try {
      onChanged(await conversationsApi.deleteMessage(message.id));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <article
      className={classes}
      id={`message-${message.id}`}
      aria-labelledby={`message-${message.id}-head`}
      tabIndex={-1}
    >
      <header className="message__head" id={`message-${message.id}-head`}>
        <span className="message__author">{authorName}</span>
        {message.author?.isStaff ? <span className="message__tag">{t('conversations.staff')}</span> : null}
        {message.internal ? (
          <span className="message__tag message__tag--internal">{t('conversations.internalNote')}</span>
        ) : null}
        <time className="message__time muted small" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt)}
        </time>
        {message.editedAt && !deleted ? (
          <span className="muted small" title={t('conversations.editedAt', { time: formatDateTime(message.editedAt) })}>
            ({t('conversations.edited')})
          </span>
        ) : null}
      </header>
      {deleted ? (
        <>
          <p className="message__deleted muted">{t('conversations.deleted')}</p>
          {/* The firm's record: staff still read what a deleted message said. */}
          {staffView && message.bodyHtml ? (
            <div
              className="message-body message-body--deleted"
              dangerouslySetInnerHTML={{ __html: message.bodyHtml }}
            />
          ) : null}
        </>
      ) : editing ? (
        <Composer
          label={t('conversations.editLabel')}
          submitLabel={t('conversations.editSave')}
          initialBody={message.body}
          onCancel={() => setEditing(false)}
          onSubmit={async (value) => {
            onChanged(await conversationsApi.editMessage(message.id, value.body));
            setEditing(false);
          }}
        />
      ) : (
        <>
          {message.quotedPreview ? <blockquote className="message__quote">{message.quotedPreview}</blockquote> : null}
          {/* bodyHtml is rendered and sanitized by the server (the contract's only HTML field). */}
          <div className="message-body" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
          {message.attachments.length ? (
            <ul className="message__attachments" aria-label={t('conversations.attachments')}>
              {message.attachments.map((attachment) => (
                <li key={attachment.id}>
                  <a href={attachmentHref(attachment)} download={attachment.name}>
                    {attachment.name}
                  </a>{' '}
                  <span className="muted small">{formatBytes(attachment.size)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {staffView && message.seenBy && !deleted ? (
        <p className="message__seen muted small">
          {message.seenBy.length
            ? t('conversations.seenBy', { names: message.seenBy.map((person) => person.name).join(', ') })
            : t('conversations.seenByNobody')}
        </p>
      ) : null}
      {!deleted && !editing ? (
        <div className="message__actions">
          {message.abilities.quote ? (
            <button
              type="button"
              className="btn-link small"
              onClick={() => onQuote(message)}
              aria-label={`${t('conversations.replyQuoting')}: ${authorName}`}
            >
              {t('conversations.reply')}
            </button>
          ) : null}
          {message.abilities.edit ? (
            <button type="button" className="btn-link small" onClick={() => setEditing(true)}>
              {t('conversations.edit')}
            </button>
          ) : null}
          {message.abilities.delete ? (
            <button type="button" className="btn-link small message__delete" onClick={() => void remove()}>
              {t('conversations.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
