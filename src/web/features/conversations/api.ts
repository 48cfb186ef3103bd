import type { Attachment, CreateMessage, CreateThread, Message, Thread } from '../../../contract/index.ts';
import { api, apiErrorFrom, API_BASE, currentCsrfToken, newIdempotencyKey } from '../../api/client.ts';

/** The API calls of conversations (src/contract/conversations.ts lists the endpoints). */
export const conversationsApi = {
  createThread: (accountId: string, body: CreateThread, idempotencyKey: string) =>
    api<Thread>(`/accounts/${accountId}/threads`, { method: 'POST', body, idempotencyKey }),
  postMessage: (threadId: string, body: CreateMessage, idempotencyKey: string) =>
    api<Message>(`/threads/${threadId}/messages`, { method: 'POST', body, idempotencyKey }),
  message: (messageId: string) => api<Message>(`/messages/${messageId}`),
  editMessage: (messageId: string, body: string) =>
    api<Message>(`/messages/${messageId}`, { method: 'PATCH', body: { body } }),
  deleteMessage: (messageId: string) => api<Message>(`/messages/${messageId}`, { method: 'DELETE' }),
  markRead: (threadId: string, upToMessageId?: string) =>
    api(`/threads/${threadId}/read`, { method: 'POST', body: upToMessageId ? { upToMessageId } : {} }),
};

/** Upload one attachment (raw body) to a thread; it is pending until a message names its id. */
export function uploadAttachment(threadId: string, file: File, signal: AbortSignal): Promise<Attachment> {
  return uploadFile(`/threads/${threadId}/attachments`, file, signal);
}

/** One file as the raw body of a POST to an upload route (`path` may carry a query already). */
export async function uploadFile(path: string, file: File, signal: AbortSignal): Promise<Attachment> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': file.type || 'application/octet-stream',
    'Idempotency-Key': newIdempotencyKey(),
  };
  const csrf = await currentCsrfToken();
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(`${API_BASE}${path}${separator}name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw await apiErrorFrom(response);
  return (await response.json()) as Attachment;
}

/** Attachment links are relative to the API (`/api/v1/...`) or absolute paths; make them usable as hrefs. */
export function attachmentHref(attachment: Attachment): string {
  const url = attachment.downloadUrl;
  if (url.startsWith('/api/') || /^https?:/.test(url)) return url;
  return `${API_BASE}${url.startsWith('/') ? '' : '/'}${url}`;
}

/** Where a thread is shown: in the console for staff, in the portal for people. */
export function threadPath(threadId: string, console: boolean): string {
  return `${console ? '/console' : ''}/threads/${threadId}`;
}

/** A notification's link, which the API gives relative to the portal (`/threads/...`). */
export function notificationPath(link: string, console: boolean): string {
  if (!link.startsWith('/') || link.startsWith('//')) return console ? '/console/notifications' : '/notifications';
  return console && !link.startsWith('/console') ? `/console${link}` : link;
}

/** Message events carry the message; the thread id is in `data.threadId`. */
export function eventThreadId(data: Record<string, unknown>): string | undefined {
  return typeof data.threadId === 'string' ? data.threadId : undefined;
}

export function eventMessage(data: Record<string, unknown>): Message | undefined {
  const message = data.message as Message | undefined;
  return message && typeof message === 'object' && typeof message.id === 'string' ? message : undefined;
}
