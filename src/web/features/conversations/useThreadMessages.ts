import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/hooks.ts';
import { useEventStream } from '../notifications/useEventStream.ts';
import { conversationsApi, eventMessage, eventThreadId } from './api.ts';
import { useCoalesced } from './live.ts';

export interface ThreadMessages {
  /** Oldest first. */
  messages: Message[];
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
  reload: () => void;
  /** Put a message (sent, edited, deleted) into the list, replacing one with the same id. */
  upsert: (message: Message) => void;
  /** Messages from others that arrived live (for the aria-live announcement). */
  arrivals: Message[];
}

const PAGE = 50;

function merge(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, { ...byId.get(message.id), ...message });
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The messages of one thread, kept live by the event stream (new, edited, deleted messages and read receipts). */
export function useThreadMessages(threadId: string, selfId: string): ThreadMessages {
  const [messages, setMessages] = useState<Message[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [arrivals, setArrivals] = useState<Message[]>([]);
  const generation = useRef(0);
  const loaded = useRef(false);

  /** Fetch the newest page and merge it in (first load, catch-up after a reconnect, read receipts). */
  const refreshNewest = useCallback(() => {
    const mine = generation.current;
    api<Page<Message>>(`/threads/${threadId}/messages`, { query: { limit: PAGE } })
      .then((page) => {
        if (generation.current !== mine) return;
        if (!loaded.current) setCursor(page.nextCursor);
        loaded.current = true;
        setMessages((current) => merge(current, page.items));
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (generation.current === mine) setError(err);
      })
      .finally(() => {
        if (generation.current === mine) setLoading(false);
      });
  }, [threadId]);

  useEffect(() => {
    generation.current += 1;
    loaded.current = false;
    setMessages([]);
    setArrivals([]);
    setCursor(null);
    setLoading(true);
    refreshNewest();
  }, [refreshNewest]);

  const loadOlder = () => {
    if (!cursor) return;
    const mine = generation.current;
    setLoading(true);
    api<Page<Message>>(`/threads/${threadId}/messages`, { query: { limit: PAGE, cursor } })
      .then((page) => {
        if (generation.current !== mine) return;
        setMessages((current) => merge(current, page.items));
        setCursor(page.nextCursor);
      })
      .catch((err: unknown) => generation.current === mine && setError(err))
      .finally(() => generation.current === mine && setLoading(false));
  };

  const upsert = useCallback((message: Message) => setMessages((current) => merge(current, [message])), []);

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
    [upsert, selfId],
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
        const merged = { ...message, abilities: known?.abilities ?? { edit: false, delete: false, quote: true }, seenBy: known?.seenBy ?? message.seenBy ?? null };
        return merge(current, [merged as Message]);
      });
      refetch(message.id, event.type === 'message.created');
    } else catchUp();
  });

  return {
    messages,
    loading,
    error,
    hasOlder: cursor !== null,
    loadOlder,
    reload: refreshNewest,
    upsert,
    arrivals,
  };
}
