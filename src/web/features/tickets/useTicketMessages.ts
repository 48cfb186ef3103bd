import { usePagedMessages, type PagedMessages } from '../conversations/usePagedMessages.ts';
import { ticketsApi } from './api.ts';

export type TicketMessages = Pick<
  PagedMessages,
  'messages' | 'loading' | 'error' | 'hasOlder' | 'loadOlder' | 'upsert'
> & {
  /** Fetch the newest page again and merge it in (after a live event or a reconnect). */
  refresh: () => void;
};

/** A ticket's messages through the tickets API (the conversations routes do not serve ticket threads to customers). */
export function useTicketMessages(ticketId: string): TicketMessages {
  const { messages, loading, error, hasOlder, loadOlder, upsert, refreshNewest } = usePagedMessages(ticketId, (query) =>
    ticketsApi.messages(ticketId, query),
  );
  return { messages, loading, error, hasOlder, loadOlder, upsert, refresh: refreshNewest };
}
