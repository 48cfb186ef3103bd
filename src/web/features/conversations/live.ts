import { useCallback, useEffect, useRef } from 'react';
import type { Thread, UnreadCounts } from '../../../contract/index.ts';
import type { PagedList } from '../../api/hooks.ts';
import { useApi, useApiPages } from '../../api/typed-hooks.ts';
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

/**
 * A thread list (all the caller sees, or one account's) that reloads when messages or read states change. Both
 * hooks always run (hooks cannot be conditional); the one not wanted loads nothing.
 */
export function useLiveThreads(accountId?: string): PagedList<Thread> {
  const query = { limit: 50 };
  const all = useApiPages(accountId === undefined ? '/api/v1/threads' : null, { query });
  const ofAccount = useApiPages(accountId === undefined ? null : '/api/v1/accounts/{accountId}/threads', {
    path: { accountId: accountId ?? '' },
    query,
  });
  const list: PagedList<Thread> = accountId === undefined ? all : ofAccount;
  const reload = useCoalesced(list.reload);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || touchesConversations(signal.event, accountId)) reload();
  }, true);
  return list;
}

/** Unread message counts per account and thread (the nav badges), kept current by events. */
export function useUnreadCounts(enabled: boolean): UnreadCounts | undefined {
  const counts = useApi(enabled ? '/api/v1/unread-counts' : null);
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
