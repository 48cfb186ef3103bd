import { useEffect, useRef } from 'react';
import type { EventType } from '../../../contract/index.ts';
import { API_BASE } from '../../api/client.ts';

/** One real-time event: the envelope shared with webhooks (API conventions, "Events"). */
export interface PortalEvent<D = Record<string, unknown>> {
  id: string;
  type: string;
  occurredAt: string;
  accountId: string | null;
  data: D;
}

/** `event` is a portal event; `reconnected` means events may have been missed: reload what is shown. */
export type StreamSignal = { kind: 'event'; event: PortalEvent } | { kind: 'reconnected' };
type Listener = (signal: StreamSignal) => void;

/**
 * The server names each SSE event by its type (`event: message.created`), which only a listener for that name
 * receives; unnamed events arrive through `onmessage`. Both are handled, and duplicates (same envelope id) dropped.
 */
const NAMED_TYPES: readonly (EventType | TicketEventType | TaskEventType | BillingEventType | OnboardingEventType)[] = [
  'message.created',
  'message.updated',
  'message.deleted',
  'thread.created',
  'thread.updated',
  'thread.read',
  'notification.created',
  // Tickets (staff audience): the console's queue refresh notice, ticket page and collision warning.
  'ticket.created',
  'ticket.updated',
  'ticket.presence',
  // Projects: task changes (the project page and task page reload).
  'task.created',
  'task.updated',
  'task.deleted',
  // Billing: a retainer's burn or overage changed (the retainer panels reload).
  'retainer.updated',
  // Onboarding: a step opened, completed, ran into an issue or was re-issued (the checklist and console reload).
  // Missing here, the event reached the stream but no page: a named SSE event has no listener unless named here.
  'onboarding.updated',
];

/** Ticket events published by the tickets module (not in the conversations EventType enum). */
type TicketEventType = 'ticket.created' | 'ticket.updated' | 'ticket.presence';
/** Task events published by the projects module (data: taskId, projectId). */
type TaskEventType = 'task.created' | 'task.updated' | 'task.deleted';
/** Billing events (data: retainerId). */
type BillingEventType = 'retainer.updated';
/** Onboarding events (data: onboardingId; the event's accountId). */
type OnboardingEventType = 'onboarding.updated';

const STREAM_URL = `${API_BASE}/events`;
const MAX_BACKOFF_MS = 30_000;

/**
 * One EventSource per tab, shared by every subscriber and closed when the last one leaves. The browser reconnects
 * by itself after a dropped connection (sending Last-Event-ID); when it gives up (an HTTP error), we open a new one
 * after a backoff, passing the last id as `?lastEventId=` since a new EventSource cannot set the header.
 */
class EventStream {
  private source: EventSource | null = null;
  private listeners = new Set<Listener>();
  private lastId: string | null = null;
  private seen: string[] = [];
  private retryTimer: number | undefined;
  private attempts = 0;
  private opened = false;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private open() {
    if (typeof EventSource === 'undefined') return;
    const url = this.lastId ? `${STREAM_URL}?lastEventId=${encodeURIComponent(this.lastId)}` : STREAM_URL;
    const source = new EventSource(url, { withCredentials: true });
    this.source = source;
    source.onopen = () => {
      this.attempts = 0;
      // The first open needs no catch-up; any later one (browser or our reconnect) may have missed events.
      if (this.opened) this.emit({ kind: 'reconnected' });
      this.opened = true;
    };
    source.onmessage = (message) => this.receive(message);
    for (const type of NAMED_TYPES) source.addEventListener(type, (message) => this.receive(message as MessageEvent));
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return; // the browser is reconnecting by itself
      source.close();
      if (this.source !== source) return;
      this.source = null;
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempts) * (0.75 + Math.random() / 2);
      this.attempts += 1;
      this.retryTimer = window.setTimeout(() => {
        if (this.listeners.size > 0) this.open();
      }, delay);
    };
  }

  private close() {
    window.clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = null;
    this.opened = false;
  }

  private receive(message: MessageEvent) {
    if (message.lastEventId) this.lastId = message.lastEventId;
    let event: PortalEvent;
    try {
      event = JSON.parse(String(message.data)) as PortalEvent;
    } catch {
      return;
    }
    if (!event || typeof event !== 'object') return;
    if (!event.type && message.type !== 'message') event = { ...event, type: message.type };
    if (!event.type) return;
    const id = event.id ?? message.lastEventId;
    if (id) {
      if (this.seen.includes(id)) return;
      this.seen.push(id);
      if (this.seen.length > 500) this.seen.splice(0, 250);
    }
    this.emit({ kind: 'event', event });
  }

  private emit(signal: StreamSignal) {
    for (const listener of [...this.listeners]) {
      try {
        listener(signal);
      } catch (error) {
        console.error(error);
      }
    }
  }
}

const stream = new EventStream();

/**
 * Subscribe to the portal's real-time events while the component is mounted. `onSignal` may change on every render;
 * the latest one is called. `enabled` false unsubscribes.
 */
export function useEventStream(onSignal: Listener, enabled = true): void {
  const latest = useRef(onSignal);
  useEffect(() => {
    latest.current = onSignal;
  });
  useEffect(() => {
    if (!enabled) return;
    return stream.subscribe((signal) => latest.current(signal));
  }, [enabled]);
}

/** Whether an event's type starts with one of the prefixes (`message.`, `notification`). */
export function isEventOf(event: PortalEvent, ...prefixes: string[]): boolean {
  return prefixes.some((prefix) => event.type.startsWith(prefix));
}
