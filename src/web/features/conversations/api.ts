import type { Attachment, CreateMessage, CreateThread, Message, Thread } from '../../../contract/index.ts';
import {
  apiErrorFrom,
  API_BASE,
  currentCsrfToken,
  fetchOrNetworkError,
  newIdempotencyKey,
  withCsrfRetry,
} from '../../api/client.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';

const messagePath = (messageId: string) => ({ params: { path: { messageId } } });

/** The API calls of conversations (src/contract/conversations.ts lists the endpoints), through the typed client. */
export const conversationsApi = {
  createThread: (accountId: string, body: CreateThread, idempotencyKey: string): Promise<Thread> =>
    dataOf(
      porticoApi.POST('/api/v1/accounts/{accountId}/threads', {
        params: { path: { accountId } },
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    ),
  postMessage: (threadId: string, body: CreateMessage, idempotencyKey: string): Promise<Message> =>
    dataOf(
      porticoApi.POST('/api/v1/threads/{threadId}/messages', {
        params: { path: { threadId } },
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    ),
  message: (messageId: string): Promise<Message> =>
    dataOf(porticoApi.GET('/api/v1/messages/{messageId}', messagePath(messageId))),
  editMessage: (messageId: string, body: string): Promise<Message> =>
    dataOf(porticoApi.PATCH('/api/v1/messages/{messageId}', { ...messagePath(messageId), body: { body } })),
  deleteMessage: (messageId: string): Promise<Message> =>
    dataOf(porticoApi.DELETE('/api/v1/messages/{messageId}', messagePath(messageId))),
  markRead: (threadId: string, upToMessageId?: string) =>
    porticoApi.POST('/api/v1/threads/{threadId}/read', {
      params: { path: { threadId } },
      body: upToMessageId ? { upToMessageId } : {},
    }),
};

/** Upload one attachment (raw body) to a thread; it is pending until a message names its id. */
export function uploadAttachment(threadId: string, file: File, signal: AbortSignal): Promise<Attachment> {
  return uploadFile(`/threads/${threadId}/attachments`, file, signal);
}

/**
 * One file as the raw body of a POST to an upload route (`path` may carry a query already). Sent with `fetch`, not
 * the typed client: the body is the File itself (streamed, not JSON) and the path is one of several upload routes
 * chosen by the caller; the stale-CSRF retry is the same one (`withCsrfRetry`).
 */
export async function uploadFile(path: string, file: File, signal: AbortSignal): Promise<Attachment> {
  const idempotencyKey = newIdempotencyKey();
  const separator = path.includes('?') ? '&' : '?';
  const response = await withCsrfRetry('POST', async () => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': file.type || 'application/octet-stream',
      'Idempotency-Key': idempotencyKey,
    };
    const csrf = await currentCsrfToken();
    if (csrf) headers['X-CSRF-Token'] = csrf;
    return fetchOrNetworkError(`${API_BASE}${path}${separator}name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
      signal,
    });
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
