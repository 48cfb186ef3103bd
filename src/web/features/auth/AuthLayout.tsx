import { Outlet } from 'react-router-dom';
import { t } from '../../i18n/index.ts';
import { BrandFooter } from '../../ui/BrandFooter.tsx';
import { BrandMark } from '../../ui/common.tsx';

/** Centered card layout for signed-out pages (sign-in, links from emails). */
export function AuthLayout() {
  return (
    <div className="auth-layout">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="auth-header">
        <BrandMark />
      </header>
      <main id="main" tabIndex={-1} className="auth-card">
        <Outlet />
      </main>
      <BrandFooter />
    </div>
  );
}
