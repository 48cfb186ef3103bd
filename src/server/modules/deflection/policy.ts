import type { Actor } from '../../platform/actor.ts';

/** A session still owing a second factor is anonymous as far as deflection (and content) goes. */
export const signedInActor = (actor: Actor | null): Actor | null =>
  actor && actor.sessionState === 'active' ? actor : null;

export const deflectionPolicy = {
  /** The new-ticket form is the customers': staff file tickets from the console, not through the deflecting form. */
  canOpenTicketForm: (actor: Actor) => actor.staffRole === null && actor.sessionState === 'active',
};

/** Crawlers walk the help center without being visitors: they must not inflate self-service figures. */
export const looksLikeCrawler = (userAgent: string | undefined) =>
  !!userAgent && /bot|crawl|spider|slurp/i.test(userAgent);

/** A form session nobody has touched for this long was left (tab closed, beacon lost). */
export const FORM_SESSION_IDLE_MS = 30 * 60_000;
