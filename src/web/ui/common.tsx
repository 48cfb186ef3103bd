import { useEffect, type ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { useSession } from '../session/SessionProvider.tsx';

/** Sets the document title to "<page> · <portal name>". */
export function usePageTitle(title: string): void {
  const { branding } = useSession();
  useEffect(() => {
    document.title = title ? `${title} · ${branding.name}` : branding.name;
  }, [title, branding.name]);
}

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's `<h1>` (and document title), with optional actions on the right. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {description ? <p className="muted">{description}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onLoadMore: () => void;
  /** Items shown so far (kept for callers; the footer itself only needs hasMore). */
  count?: number;
}

/** Footer of a cursor-paginated list: status, errors and the "Load more" button. */
export function LoadMore({ hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  return (
    <div className="load-more">
      {error ? <ErrorState error={error} onRetry={onLoadMore} /> : null}
      {loading ? <Loading /> : null}
      {!loading && hasMore ? (
        <button type="button" className="btn btn--secondary" onClick={onLoadMore}>
          {t('common.loadMore')}
        </button>
      ) : null}
    </div>
  );
}

export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'success' | 'warning';
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/** Portal logo (if set) and name. */
export function BrandMark() {
  const { branding } = useSession();
  return (
    <span className="brand-mark">
      {branding.logoUrl ? <img className="brand-logo" src={branding.logoUrl} alt="" /> : null}
      <span className="brand-name">{branding.name}</span>
    </span>
  );
}
