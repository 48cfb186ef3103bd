import { isSubjectThreadKind, type Message, type ReadState, type Thread } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { plainExcerpt, renderMarkdown } from './markdown.ts';
import { conversationPolicy } from './policy.ts';
import type { ReaderRow } from './repository-read-state.ts';
import type { SubjectAccess } from './subject-threads.ts';
import type { ThreadRow } from './repository.ts';
import type { MessageRow } from './repository-messages.ts';

const person = (id: string | null, name: string | null, staff: boolean | null) =>
  id && name !== null ? { id, name, isStaff: Boolean(staff) } : null;

/** `subject`: the caller's rights on a subject thread, from its owning module (none for other kinds). */
export function presentThread(row: ThreadRow, actor: Actor, subject: SubjectAccess | null = null): Thread {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    kind: row.kind,
    subjectId: row.subject_id,
    subjectVersionId: row.subject_version_id,
    subject: row.subject,
    createdBy: person(row.created_by, row.created_by_name, row.created_by_staff),
    createdAt: row.created_at.toISOString(),
    lastMessageAt: row.last_at.toISOString(),
    lastMessagePreview: row.last_body !== null && row.last_deleted_at === null ? plainExcerpt(row.last_body) : null,
    messageCount: row.message_count,
    unreadCount: row.unread_count,
    abilities: isSubjectThreadKind(row.kind)
      ? // The object's name is its module's: a subject thread is never renamed here.
        {
          view: subject !== null,
          update: false,
          post: subject?.post ?? false,
          postInternal: subject?.postInternal ?? false,
        }
      : conversationPolicy.threadAbilities(actor, row),
  };
}

const attachmentsOf = (files: MessageRow['attachments']) =>
  (files ?? []).map((file) => ({
    id: file.id,
    name: file.name,
    contentType: file.content_type,
    size: Number(file.size),
    downloadUrl: `/api/v1/attachments/${file.id}/download`,
  }));

/** What every viewer of a message may see; real-time events carry this (abilities depend on the viewer). */
export function messageData(row: MessageRow): Omit<Message, 'abilities' | 'seenBy'> {
  return {
    id: row.id,
    threadId: row.thread_id,
    accountId: row.account_id,
    author: person(row.author_id, row.author_name, row.author_staff),
    body: row.deleted_at ? '' : row.body,
    bodyHtml: row.deleted_at ? '' : renderMarkdown(row.body),
    internal: row.internal,
    source: row.source,
    quotedMessageId: row.quoted_visible ? row.quoted_message_id : null,
    quotedPreview: row.quoted_visible && row.quoted_body !== null ? plainExcerpt(row.quoted_body, 200) : null,
    mentions: (row.mentions ?? []).map((mention) => ({ id: mention.id, name: mention.name, isStaff: mention.staff })),
    attachments: row.deleted_at ? [] : attachmentsOf(row.attachments),
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

/**
 * `readers` is given for staff only: "seen by" is staff information. A note's readers are staff only, since a
 * client whose read mark passed a note's position never saw the note.
 */
export function presentMessage(row: MessageRow, actor: Actor, now: Date, readers: ReaderRow[] | null): Message {
  const seenBy = readers
    ? readers
        .filter(
          (reader) =>
            reader.last_read_seq >= row.seq && reader.user_id !== row.author_id && (!row.internal || reader.staff),
        )
        .map((reader) => ({
          id: reader.user_id,
          name: reader.name,
          isStaff: reader.staff,
          seenAt: reader.read_at.toISOString(),
        }))
    : null;
  const data = messageData(row);
  // The firm's record: staff still read what a deleted message said (and its files); everyone else sees the mark.
  if (row.deleted_at && actor.staffRole !== null)
    Object.assign(data, {
      body: row.body,
      bodyHtml: renderMarkdown(row.body),
      attachments: attachmentsOf(row.attachments),
    });
  return { ...data, seenBy, abilities: conversationPolicy.messageAbilities(actor, row, now) };
}

export function presentReadState(
  threadId: string,
  lastReadMessageId: string | null,
  readAt: Date | null,
  unreadCount: number,
): ReadState {
  return { threadId, lastReadMessageId, readAt: readAt?.toISOString() ?? null, unreadCount };
}

/**
 * Who receives a message's real-time events: the whole account for a conversation; staff only for a note or a
 * ticket message (a ticket is private to its requester and CCs, who hear of it through their notification frames).
 */
/** Conversations and tickets; a subject thread's audience needs its object (subject-threads.ts, messageAudienceOf). */
export function messageAudience(threadKind: 'conversation' | 'ticket', internal: boolean): 'account' | 'staff' {
  return internal || threadKind === 'ticket' ? 'staff' : 'account';
}
