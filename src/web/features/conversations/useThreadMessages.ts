import { useCallback, useEffect, useState } from 'react';
import type { Message } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/hooks.ts';
import { useEventStream } from '../notifications/useEventStream.ts';
import { conversationsApi, eventMessage, eventThreadId } from './api.ts';
import { useCoalesced } from './live.ts';
import { mergeMessages, usePagedMessages, type PagedMessages } from './usePagedMessages.ts';

export type ThreadMessages = Pick<
  PagedMessages,
  'messages' | 'loading' | 'error' | 'hasOlder' | 'loadOlder' | 'upsert'
> & {
  reload: () => void;
  /** Messages from others that arrived live (for the aria-live announcement). */
  arrivals: Message[];
};

/** The messages of one thread, kept live by the event stream (new, edited, deleted messages and read receipts). */
export function useThreadMessages(threadId: string, selfId: string): ThreadMessages {
  const { messages, setMessages, loading, error, hasOlder, loadOlder, refreshNewest, upsert, generation } =
    usePagedMessages(threadId, (query) => api<Page<Message>>(`/threads/${threadId}/messages`, { query }));
  const [arrivals, setArrivals] = useState<Message[]>([]);
  useEffect(() => setArrivals([]), [threadId]);

  /** Re-read one message with the caller's abilities and seen-by; gone (404) means it is no longer visible. */
  const refetch = useCallback(
    (id: string, announce: boolean) => {
      const mine = generation.current;
      conversationsApi
        .message(id)
        .then((message) => {
          if (generation.current !== mine) return;
          upsert(message);
          if (announce && message.author?.id !== selfId) setArrivals((list) => [...list.slice(-4), message]);
        })
        .catch(() => undefined);
    },
    [upsert, selfId, generation],
  );

  const catchUp = useCoalesced(refreshNewest, 200);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected') return catchUp();
    const { event } = signal;
    if (eventThreadId(event.data) !== threadId) return;
    if (event.type === 'thread.read') return catchUp();
    if (!event.type.startsWith('message.')) return;
    const message = eventMessage(event.data);
    if (message) {
      // Show the event's copy at once (abilities/seen-by follow from the re-read).
      setMessages((current) => {
        const known = current.find((item) => item.id === message.id);
        const merged = {
          ...message,
          abilities: known?.abilities ?? { edit: false, delete: false, quote: true },
          seenBy: known?.seenBy ?? message.seenBy ?? null,
        };
        return mergeMessages(current, [merged as Message]);
      });
      refetch(message.id, event.type === 'message.created');
    } else catchUp();
  });

  return { messages, loading, error, hasOlder, loadOlder, reload: refreshNewest, upsert, arrivals };
}
