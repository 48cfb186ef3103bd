import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { SessionState } from '../../../contract/index.ts';
import { ApiError } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { setFlash } from '../../session/flash.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { pathForState, safeNext } from '../../session/navigation.ts';

/**
 * The token of an emailed link (`/page#token=...`). It is read once and removed from the address
 * bar so it does not linger in history; nothing is sent until the user presses the button.
 */
export function useEmailedToken(): string | null {
  const [token] = useState<string | null>(() => {
    const value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    return value && value.length >= 16 ? value : null;
  });
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);
  return token;
}

/**
 * Signing in on another segment's domain (`wrong_portal`): the server names the person's own portal's sign-in page
 * and opened no session here (cookies are per host), so the browser goes there. Only http(s) addresses are followed.
 */
export function goToOwnPortal(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'wrong_portal' || !error.redirectTo) return false;
  if (!/^https?:\/\//.test(error.redirectTo)) return false;
  window.location.assign(error.redirectTo);
  return true;
}

/** The validated `?next=` destination, if any. */
export function useNext(): string | null {
  const [params] = useSearchParams();
  return safeNext(params.get('next'));
}

/** After an auth step: reload the session (the CSRF token rotates) and go to the page for the new state. */
export function useContinueAfterAuth() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const next = useNext();
  return useCallback(
    async (state: SessionState) => {
      const info = await refresh();
      navigate(pathForState(state, info.me, next), { replace: true });
    },
    [refresh, navigate, next],
  );
}

export function useSignOut() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await porticoApi.POST('/api/v1/auth/sign-out', { authRedirect: false });
    } catch {
      // The session may already be gone; either way the user ends up signed out.
    }
    // Refreshing unmounts the signed-in layout (the guard redirects), so leave the notice as a flash.
    setFlash('signedOut');
    await refresh().catch(() => undefined);
    navigate('/sign-in', { replace: true });
  }, [refresh, navigate]);
}
