import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../../../contract/index.ts';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { eventThreadId } from '../../conversations/api.ts';
import { ticketsApi } from '../api.ts';

const PAGE = 50;

function merge(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, { ...byId.get(message.id), ...message });
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * A ticket's messages and notes, oldest first. They come from the tickets routes (the conversations routes do not
 * serve ticket threads); a message event for this ticket's thread re-reads the newest page.
 */
export function useTicketMessages(ticketId: string, onActivity: () => void) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const generation = useRef(0);
  const first = useRef(true);

  const refreshNewest = useCallback(() => {
    const mine = generation.current;
    ticketsApi
      .messages(ticketId, { limit: PAGE })
      .then((page) => {
        if (generation.current !== mine) return;
        if (first.current) setCursor(page.nextCursor);
        first.current = false;
        setMessages((current) => merge(current, page.items));
        setError(undefined);
      })
      .catch((err: unknown) => generation.current === mine && setError(err))
      .finally(() => generation.current === mine && setLoading(false));
  }, [ticketId]);

  useEffect(() => {
    generation.current += 1;
    first.current = true;
    setMessages([]);
    setLoading(true);
    refreshNewest();
  }, [refreshNewest]);

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

  useEventStream((signal) => {
    if (signal.kind === 'reconnected') {
      refreshNewest();
      onActivity();
      return;
    }
    const { event } = signal;
    if (eventThreadId(event.data) !== ticketId) return;
    if (event.type.startsWith('message.')) refreshNewest();
  });

  return { messages, loading, error, hasOlder: cursor !== null, loadOlder, upsert, reload: refreshNewest };
}
