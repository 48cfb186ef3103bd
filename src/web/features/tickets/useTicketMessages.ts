import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../../contract/index.ts';
import { ticketsApi } from './api.ts';

export interface TicketMessages {
  /** Oldest first. */
  messages: Message[];
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
  /** Fetch the newest page again and merge it in (after a live event or a reconnect). */
  refresh: () => void;
  upsert: (message: Message) => void;
}

const PAGE = 50;

function merge(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, { ...byId.get(message.id), ...message });
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * A ticket's messages through the tickets API (the conversations routes do not serve ticket threads to customers).
 * The API pages newest first; the list is kept oldest first for reading.
 */
export function useTicketMessages(ticketId: string): TicketMessages {
  const [messages, setMessages] = useState<Message[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  // A newer ticket id makes the answers for the previous one stale.
  const generation = useRef(0);
  const loaded = useRef(false);

  const refresh = useCallback(() => {
    const mine = generation.current;
    ticketsApi
      .messages(ticketId, { limit: PAGE })
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
  }, [ticketId]);

  useEffect(() => {
    generation.current += 1;
    loaded.current = false;
    setMessages([]);
    setCursor(null);
    setLoading(true);
    refresh();
  }, [refresh]);

  const loadOlder = () => {
    if (!cursor) return;
    const mine = generation.current;
    setLoading(true);
    ticketsApi
      .messages(ticketId, { limit: PAGE, cursor })
      .then((page) => {
        if (generation.current !== mine) return;
        setMessages((current) => merge(current, page.items));
        setCursor(page.nextCursor);
      })
      .catch((err: unknown) => generation.current === mine && setError(err))
      .finally(() => generation.current === mine && setLoading(false));
  };

  const upsert = useCallback((message: Message) => setMessages((current) => merge(current, [message])), []);

  return { messages, loading, error, hasOlder: cursor !== null, loadOlder, refresh, upsert };
}
