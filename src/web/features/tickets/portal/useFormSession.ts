import { useCallback, useEffect, useRef, useState } from 'react';
import { sendKeepalive, ticketsApi, type TicketFormEventBody } from '../api.ts';

export interface FormSession {
  /** The session id once the server gave one (null while opening, or if opening failed). */
  id: string | null;
  /** Report an event; errors are ignored (measurement must never get in the customer's way). */
  report: (event: TicketFormEventBody) => Promise<void>;
  /** The ticket was filed: leaving the page is no longer "leaving the form". */
  markFiled: () => void;
}

/**
 * The deflection record of one visit to the new-ticket form: opened on mount, told when suggestions are shown or
 * opened, and told "left" when the customer goes elsewhere without filing (route change or the page going away).
 * "left" travels with `fetch(keepalive)`: `navigator.sendBeacon` cannot send the X-CSRF-Token header every write
 * needs, so a beacon would be refused.
 */
export function useFormSession(enabled: boolean): FormSession {
  const [id, setId] = useState<string | null>(null);
  const idRef = useRef<string | null>(null);
  const opening = useRef<Promise<string | null> | null>(null);
  const done = useRef(false);
  const pendingLeave = useRef<number | undefined>(undefined);

  const leave = useCallback(() => {
    if (done.current || !idRef.current) return;
    done.current = true;
    void sendKeepalive(`/ticket-form-sessions/${idRef.current}/events`, { kind: 'left' });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    // React's development double mount runs cleanup then setup at once: cancel that "leave" instead of sending it.
    window.clearTimeout(pendingLeave.current);
    if (!opening.current) {
      opening.current = ticketsApi
        .openFormSession()
        .then((session) => {
          idRef.current = session.id;
          setId(session.id);
          return session.id;
        })
        .catch(() => null);
    }
    const onPageHide = () => leave();
    // Back from the help center through the browser's back-forward cache: the same form is showing again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) done.current = false;
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      pendingLeave.current = window.setTimeout(() => {
        // The session may still be opening when the customer navigates away at once.
        void opening.current?.then(() => leave());
      }, 0);
    };
  }, [enabled, leave]);

  const report = useCallback(async (event: TicketFormEventBody) => {
    const sessionId = idRef.current ?? (await opening.current);
    if (!sessionId || done.current) return;
    await ticketsApi.formEvent(sessionId, event).catch(() => undefined);
  }, []);

  const markFiled = useCallback(() => {
    done.current = true;
  }, []);

  return { id, report, markFiled };
}
