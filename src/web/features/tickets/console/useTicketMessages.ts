import { eventThreadId } from '../../conversations/api.ts';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { useTicketMessages as useMessages } from '../useTicketMessages.ts';

/**
 * The console's view of a ticket's messages and notes: the shared hook, kept live by the event stream (staff get
 * every message event of the ticket's thread); `onActivity` re-reads the ticket after a reconnect.
 */
export function useTicketMessages(ticketId: string, onActivity: () => void) {
  const messages = useMessages(ticketId);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected') {
      messages.refresh();
      onActivity();
      return;
    }
    const { event } = signal;
    if (eventThreadId(event.data) !== ticketId) return;
    if (event.type.startsWith('message.')) messages.refresh();
  });
  return { ...messages, reload: messages.refresh };
}
