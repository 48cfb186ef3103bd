import type { KbAnalytics } from '../../../contract/index.ts';
import { useResource } from '../../api/hooks.ts';
import { formatDateTime, formatNumber, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { KB } from './api.ts';

/** What readers look for and do not find, and which articles do not help: the help center's to-do list. */
export function KbAnalyticsPage() {
  const analytics = useResource<KbAnalytics>(`${KB}/analytics`, { days: 30 });
  const data = analytics.data;
  return (
    <>
      <PageHeader title={t('kb.analytics.title')} description={t('kb.analytics.intro')} />
      {analytics.error ? <ErrorState error={analytics.error} onRetry={analytics.reload} /> : null}
      {!data ? (
        <Loading />
      ) : (
        <div className="kb-analytics">
          <Table
            caption={t('kb.analytics.top')}
            head={[t('kb.analytics.query'), t('kb.analytics.searches'), t('kb.analytics.results')]}
            rows={data.topQueries.map((row) => [row.query, formatNumber(row.searches), formatNumber(row.lastResults)])}
          />
          <Table
            caption={t('kb.analytics.none')}
            head={[t('kb.analytics.query'), t('kb.analytics.searches')]}
            rows={data.noResultQueries.map((row) => [row.query, formatNumber(row.searches)])}
          />
          <Table
            caption={t('kb.analytics.worst')}
            head={[t('kb.col.title'), t('kb.analytics.yes'), t('kb.analytics.no')]}
            rows={data.worstArticles.map((row) => [row.title, formatNumber(row.yes), formatNumber(row.no)])}
          />
          <Table
            caption={t('kb.analytics.comments')}
            head={[t('kb.col.title'), t('kb.analytics.vote'), t('kb.analytics.comment'), t('kb.analytics.when')]}
            rows={data.recentComments.map((row) => [
              row.title,
              row.helpful ? t('kb.analytics.yes') : t('kb.analytics.no'),
              row.comment,
              formatDateTime(row.createdAt),
            ])}
          />
        </div>
      )}
    </>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <section>
      <h2>{caption}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('kb.analytics.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
