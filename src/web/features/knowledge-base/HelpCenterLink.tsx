import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { Loading } from '../../ui/common.tsx';

/**
 * The help center is server-rendered, not part of this app: a client-side navigation to /help (after signing in
 * with ?next=/help, or a link) loads it from the server.
 */
export function HelpCenterRedirect() {
  const location = useLocation();
  useEffect(() => {
    window.location.replace(location.pathname + location.search);
  }, [location.pathname, location.search]);
  return <Loading />;
}
