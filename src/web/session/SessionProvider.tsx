import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Branding, Me, SessionInfo } from '../../contract/index.ts';
import { api, errorMessage, setCsrfLoader, setCsrfToken } from '../api/client.ts';
import { applyDocumentLanguage, loadLanguage, setViewer, t } from '../i18n/index.ts';
import { applyBranding } from './branding.ts';

interface SessionContextValue {
  info: SessionInfo | null;
  branding: Branding;
  me: Me | null;
  /** Reload the session (after sign-in/out, profile changes): the CSRF token rotates. */
  refresh: () => Promise<SessionInfo>;
}

const DEFAULT_BRANDING: Branding = {
  name: 'Portico',
  primaryColor: '#2457c5',
  logoUrl: null,
  accentColor: '#2457c5',
  faviconUrl: null,
  supportEmail: null,
  termsUrl: null,
  privacyUrl: null,
  helpTitle: 'Help center',
  helpHeaderColor: '#2457c5',
  primaryColorDark: '#5782e0',
  accentColorDark: '#5782e0',
};

const SessionContext = createContext<SessionContextValue | null>(null);

let inflight: Promise<SessionInfo> | null = null;

function loadSession(): Promise<SessionInfo> {
  inflight ??= api<SessionInfo>('/session', { authRedirect: false }).finally(() => {
    inflight = null;
  });
  return inflight;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);

  const apply = useCallback(async (next: SessionInfo) => {
    setCsrfToken(next.csrfToken);
    // The catalog loads before the first render in it, so no page ever shows in one language and then another.
    await loadLanguage(next.language.language);
    applyDocumentLanguage();
    const me = next.me;
    const active = me?.memberships.find((membership) => membership.accountId === me.activeAccountId);
    // Staff read the firm's words; people outside the firm read their active account's segment's words.
    const segmentKind = me?.user.staffRole ? null : ((active ?? me?.memberships[0])?.segment.kind ?? null);
    setViewer(me ? { ...me.user, segmentKind } : null);
    setInfo(next);
    setFailure(undefined);
    return next;
  }, []);

  const refresh = useCallback(() => loadSession().then(apply), [apply]);

  useEffect(() => {
    setCsrfLoader(refresh);
    loadSession().then(apply, (error: unknown) => setFailure(error));
  }, [refresh, apply]);

  useEffect(() => {
    applyBranding(info?.branding ?? DEFAULT_BRANDING);
  }, [info?.branding]);

  const value = useMemo<SessionContextValue>(
    () => ({ info, branding: info?.branding ?? DEFAULT_BRANDING, me: info?.me ?? null, refresh }),
    [info, refresh],
  );

  if (!info) {
    return (
      <div className="boot" role={failure ? 'alert' : 'status'}>
        {failure ? (
          <>
            <p>{t('boot.failed', { reason: errorMessage(failure) })}</p>
            <button type="button" className="btn" onClick={() => refresh().catch(setFailure)}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </div>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for use under a route guard that guarantees a session. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
