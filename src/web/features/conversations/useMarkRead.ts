import { useEffect, useRef } from 'react';
import type { Message } from '../../../contract/index.ts';
import { conversationsApi } from './api.ts';

/**
 * Mark the thread read up to its newest message while it is shown in a visible tab: on open, when messages
 * arrive, and when the tab becomes visible again.
 */
export function useMarkRead(threadId: string, messages: Message[], selfId: string): void {
  const marked = useRef<string | null>(null);
  const newest = messages[messages.length - 1];
  const newestId = newest?.id ?? null;
  const fromOther = newest ? newest.author?.id !== selfId : false;

  useEffect(() => {
    marked.current = null;
  }, [threadId]);

  useEffect(() => {
    if (!newestId) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || marked.current === newestId) return;
      marked.current = newestId;
      conversationsApi.markRead(threadId, newestId).catch(() => {
        marked.current = null;
      });
    };
    // Own messages need no receipt, but the first open still records the read position.
    if (fromOther || marked.current === null) mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [threadId, newestId, fromOther]);
}
