import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthorizedHandler } from '../api/client.ts';
import { peekFlash } from './flash.ts';
import { useSession } from './SessionProvider.tsx';
import { signInPath } from './navigation.ts';

function currentPath(location: { pathname: string; search: string; hash: string }): string {
  return location.pathname + location.search;
}

/** Signed-in routes: no session → sign-in; pending second factor or enrolment → that page first. */
export function RequireSession() {
  const { me } = useSession();
  const location = useLocation();
  const next = encodeURIComponent(currentPath(location));
  if (!me) {
    // After an explicit sign-out, don't offer to come back to the page the user left.
    return <Navigate to={peekFlash() === 'signedOut' ? '/sign-in' : signInPath(currentPath(location))} replace />;
  }
  if (me.sessionState === 'second_factor') return <Navigate to={`/sign-in/two-factor?next=${next}`} replace />;
  if (me.sessionState === 'enrol_two_factor') return <Navigate to={`/two-factor/enrol?next=${next}`} replace />;
  return <Outlet />;
}

/** Console routes: only for users the server lets use the console. */
export function RequireConsole() {
  const { me } = useSession();
  if (!me?.abilities.useConsole) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** On a 401 from a non-auth call, reload the session and go to sign-in with `next`. */
export function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const { refresh } = useSession();
  const path = currentPath(location);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      refresh()
        .catch(() => undefined)
        .finally(() => navigate(signInPath(path), { replace: true }));
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, refresh, path]);
  return null;
}
