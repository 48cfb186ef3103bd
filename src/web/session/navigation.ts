import type { Me, SessionState } from '../../contract/index.ts';

/**
 * Accept only same-origin relative paths as a post-sign-in destination: one leading `/`, no
 * `//host`, no `/\host`, no schemes, no control characters.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  try {
    const url = new URL(next, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

/** Where a user lands after signing in when no `next` was given. */
export function landingPath(me: Me | null): string {
  return me?.abilities.useConsole ? '/console' : '/';
}

/** The path of the page for a sign-in state, keeping `next` for after the last step. */
export function pathForState(state: SessionState, me: Me | null, next: string | null): string {
  const keep = next ? `?next=${encodeURIComponent(next)}` : '';
  if (state === 'second_factor') return `/sign-in/two-factor${keep}`;
  if (state === 'enrol_two_factor') return `/two-factor/enrol${keep}`;
  return next ?? landingPath(me);
}

export function signInPath(current: string): string {
  const next = safeNext(current);
  return next && next !== '/' && !next.startsWith('/sign-in')
    ? `/sign-in?next=${encodeURIComponent(next)}`
    : '/sign-in';
}
