import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Message } from '../../../contract/index.ts';
import type { Page } from '../../api/hooks.ts';

export interface PagedMessages {
  /** Oldest first. */
  messages: Message[];
  setMessages: Dispatch<SetStateAction<Message[]>>;
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
  /** Fetch the newest page again and merge it in (first load, a live event, a reconnect). */
  refreshNewest: () => void;
  /** Put a message (sent, edited, deleted) into the list, replacing one with the same id. */
  upsert: (message: Message) => void;
  /** Bumped when `key` changes: an answer begun under an older value is stale and dropped. */
  generation: RefObject<number>;
}

const PAGE = 50;

/** Messages by id, the incoming ones over the known ones, oldest first (ties by id, as the API pages them). */
export function mergeMessages(current: Message[], incoming: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, { ...byId.get(message.id), ...message });
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * The paging of one message list, whichever API serves it (a conversation thread, a ticket): the API pages newest
 * first, the list is kept oldest first for reading, and pages merge by id so live copies and re-reads never
 * duplicate a message. `fetchPage` is read when called, so callers may pass a new function each render.
 */
export function usePagedMessages(
  key: string,
  fetchPage: (query: { limit: number; cursor?: string }) => Promise<Page<Message>>,
): PagedMessages {
  const [messages, setMessages] = useState<Message[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const generation = useRef(0);
  const loaded = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const refreshNewest = useCallback(() => {
    const mine = generation.current;
    fetchRef
      .current({ limit: PAGE })
      .then((page) => {
        if (generation.current !== mine) return;
        if (!loaded.current) setCursor(page.nextCursor);
        loaded.current = true;
        setMessages((current) => mergeMessages(current, page.items));
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (generation.current === mine) setError(err);
      })
      .finally(() => {
        if (generation.current === mine) setLoading(false);
      });
    // `key` is what makes the newest page a different one; the fetcher itself is read through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    generation.current += 1;
    loaded.current = false;
    setMessages([]);
    setCursor(null);
    setLoading(true);
    refreshNewest();
  }, [refreshNewest]);

  const loadOlder = () => {
    if (!cursor) return;
    const mine = generation.current;
    setLoading(true);
    fetchRef
      .current({ limit: PAGE, cursor })
      .then((page) => {
        if (generation.current !== mine) return;
        setMessages((current) => mergeMessages(current, page.items));
        setCursor(page.nextCursor);
      })
      .catch((err: unknown) => generation.current === mine && setError(err))
      .finally(() => generation.current === mine && setLoading(false));
  };

  const upsert = useCallback((message: Message) => setMessages((current) => mergeMessages(current, [message])), []);

  return {
    messages,
    setMessages,
    loading,
    error,
    hasOlder: cursor !== null,
    loadOlder,
    refreshNewest,
    upsert,
    generation,
  };
}
