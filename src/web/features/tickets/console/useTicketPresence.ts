import { useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../../../contract/index.ts';
import { useEventStream } from '../../notifications/useEventStream.ts';
import { ticketsApi, type TicketPresenceItems } from '../api.ts';

const HEARTBEAT_MS = 20_000;

/**
 * Collision detection: while the page is open, say "viewing" every 20 s ("replying" while the composer has text),
 * and "left" when it closes. Returns the other staff present, from each heartbeat's answer and refreshed on
 * `ticket.presence` events.
 */
export function useTicketPresence(ticketId: string, selfId: string, replying: boolean, initial: Ticket['presence']) {
  const [items, setItems] = useState<TicketPresenceItems['items']>(initial);
  const state: 'viewing' | 'replying' = replying ? 'replying' : 'viewing';
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    let cancelled = false;
    const beat = () => {
      ticketsApi
        .presence(ticketId, { state: stateRef.current })
        .then((list) => !cancelled && setItems(list.items))
        .catch(() => undefined);
    };
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      ticketsApi.presence(ticketId, { state: 'left' }).catch(() => undefined);
    };
  }, [ticketId]);

  // A change of state (started or stopped typing) is told at once, not at the next beat.
  const told = useRef(state);
  useEffect(() => {
    if (told.current === state) return;
    told.current = state;
    ticketsApi
      .presence(ticketId, { state })
      .then((list) => setItems(list.items))
      .catch(() => undefined);
  }, [state, ticketId]);

  // Another agent's presence changed: re-read the ticket (a GET, so this page's answer publishes nothing back).
  useEventStream((signal) => {
    if (signal.kind !== 'event' || signal.event.type !== 'ticket.presence') return;
    if (signal.event.data.ticketId !== ticketId || signal.event.data.userId === selfId) return;
    ticketsApi
      .get(ticketId)
      .then((ticket) => setItems(ticket.presence))
      .catch(() => undefined);
  });

  const now = Date.now();
  return items.filter((item) => item.user.id !== selfId && new Date(item.expiresAt).getTime() > now);
}
