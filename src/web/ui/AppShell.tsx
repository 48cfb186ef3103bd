import { useRef, useState, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { t } from '../i18n/index.ts';
import { useFocusOnNavigate } from './layout.ts';

interface AppShellProps {
  /** Portal: the navigation sits under the header bar. Console: it is a sidebar beside the page. */
  kind: 'portal' | 'console';
  /** The header bar's content (brand, account switcher, bell); the menu button is added after it. */
  bar: ReactNode;
  /** The navigation, given whether the narrow-screen menu is open; it must carry `id="app-nav"`. */
  renderNav: (open: boolean) => ReactNode;
  /** Shown under the main region (the portal's branded footer). */
  footer?: ReactNode;
}

/**
 * The one shell of both apps: skip link, header bar, navigation behind a "Menu" button on narrow screens (wider,
 * the button is hidden and the navigation always shows), and the main region that takes focus after navigation.
 */
export function AppShell({ kind, bar, renderNav, footer }: AppShellProps) {
  const location = useLocation();
  // The narrow-screen menu is open only on the page where it was opened: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  const main = (
    <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
      <Outlet />
    </main>
  );

  return (
    <div className={`app app--${kind}`}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className={kind === 'console' ? 'app-header console-header' : 'app-header'}>
        <div className="app-header__bar">
          {bar}
          <button
            type="button"
            className="btn btn--secondary menu-toggle"
            aria-expanded={open}
            aria-controls="app-nav"
            onClick={() => setOpenOn(open ? null : location.pathname)}
          >
            {t('nav.menu')}
          </button>
        </div>
        {kind === 'portal' ? renderNav(open) : null}
      </header>
      {kind === 'console' ? (
        <div className="console-body">
          {renderNav(open)}
          {main}
        </div>
      ) : (
        main
      )}
      {footer}
    </div>
  );
}
