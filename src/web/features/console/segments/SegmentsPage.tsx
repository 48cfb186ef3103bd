import { Link } from 'react-router-dom';
import type { Segment } from '../../../../contract/index.ts';
import { usePagedList } from '../../../api/hooks.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { EmptyState, LoadMore, PageHeader } from '../../../ui/common.tsx';

export function SegmentsPage() {
  const me = useMe();
  const list = usePagedList<Segment>('/segments', { limit: 100 });

  return (
    <>
      <PageHeader
        title={t('segments.title')}
        description={t('segments.intro')}
        actions={
          me.abilities.manageSegments ? (
            <Link to="/console/segments/new" className="btn">
              {t('segments.new')}
            </Link>
          ) : null
        }
      />
      {list.items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('segments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('segments.col.name')}</th>
                <th scope="col">{t('segments.col.kind')}</th>
                <th scope="col">{t('segments.col.modules')}</th>
                <th scope="col">{t('segments.col.signIn')}</th>
                <th scope="col">{t('segments.col.twoFactor')}</th>
                <th scope="col" className="num">
                  {t('segments.col.accounts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((segment) => (
                <tr key={segment.id}>
                  <td>
                    <Link to={`/console/segments/${segment.id}`}>{segment.name}</Link>
                  </td>
                  <td>{t(`segmentKind.${segment.kind}`)}</td>
                  <td>
                    {segment.modules.length
                      ? segment.modules.map((m) => t(`module.${m}`)).join(', ')
                      : t('common.none')}
                  </td>
                  <td>{segment.signInMethods.map((m) => t(`signInMethod.${m}`)).join(', ')}</td>
                  <td>{segment.requireTwoFactor ? t('segments.required') : t('segments.optional')}</td>
                  <td className="num">{formatNumber(segment.accountCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : !list.loading && !list.error ? (
        <EmptyState title={t('segments.empty')} />
      ) : null}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
        count={list.items.length}
      />
    </>
  );
}
