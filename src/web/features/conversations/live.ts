import { useCallback, useEffect, useRef } from 'react';
import type { Thread, UnreadCounts } from '../../../contract/index.ts';
import { usePagedList, useResource, type PagedList } from '../../api/hooks.ts';
import type { Query } from '../../api/client.ts';
import { useEventStream, type PortalEvent } from '../notifications/useEventStream.ts';

/** Call `fn` at most once per `ms`, trailing: a burst of events causes one reload. */
export function useCoalesced(fn: () => void, ms = 150): () => void {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, ms);
  }, [ms]);
}

const CONVERSATION_EVENTS = ['message.', 'thread.'];

function touchesConversations(event: PortalEvent, accountId?: string): boolean {
  if (!CONVERSATION_EVENTS.some((prefix) => event.type.startsWith(prefix))) return false;
  return !accountId || !event.accountId || event.accountId === accountId;
}

/** A thread list (`/threads` or `/accounts/{id}/threads`) that reloads when messages or read states change. */
export function useLiveThreads(path: string | null, query: Query, accountId?: string): PagedList<Thread> {
  const list = usePagedList<Thread>(path, query);
  const reload = useCoalesced(list.reload);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || touchesConversations(signal.event, accountId)) reload();
  }, path !== null);
  return list;
}

/** Unread message counts per account and thread (the nav badges), kept current by events. */
export function useUnreadCounts(enabled: boolean): UnreadCounts | undefined {
  const counts = useResource<UnreadCounts>(enabled ? '/unread-counts' : null);
  const reload = useCoalesced(counts.reload, 250);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || touchesConversations(signal.event)) reload();
  }, enabled);
  return counts.data;
}

/**
 * A link to one message (#message-<id>, from a notification or an email) scrolls to it and focuses it once it is
 * among `messages`; only once, so reading on is not yanked back.
 */
export function useScrollToLinkedMessage(hash: string, messages: readonly unknown[]) {
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || !hash.startsWith('#message-')) return;
    const target = document.getElementById(hash.slice(1));
    if (target) {
      scrolled.current = true;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }, [hash, messages]);
}
