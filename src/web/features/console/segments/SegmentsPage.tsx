import { Link } from 'react-router-dom';
import type { Segment } from '../../../../contract/index.ts';
import { usePagedList } from '../../../api/hooks.ts';
import { formatNumber, t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { EmptyState, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';

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
            <>
              <Link to="/console/segments/emails" className="btn btn--secondary">
                {t('mailTemplates.firm.link')}
              </Link>
              <Link to="/console/segments/new" className="btn">
                {t('segments.new')}
              </Link>
            </>
          ) : null
        }
      />
      <PagedTable
        list={list}
        caption={t('segments.title')}
        rowKey={(segment) => segment.id}
        empty={<EmptyState title={t('segments.empty')} />}
        columns={[
          {
            header: t('segments.col.name'),
            cell: (segment) => <Link to={`/console/segments/${segment.id}`}>{segment.name}</Link>,
          },
          { header: t('segments.col.kind'), cell: (segment) => t(`segmentKind.${segment.kind}`) },
          {
            header: t('segments.col.modules'),
            cell: (segment) =>
              segment.modules.length ? segment.modules.map((m) => t(`module.${m}`)).join(', ') : t('common.none'),
          },
          {
            header: t('segments.col.signIn'),
            cell: (segment) => segment.signInMethods.map((m) => t(`signInMethod.${m}`)).join(', '),
          },
          {
            header: t('segments.col.twoFactor'),
            cell: (segment) => (segment.requireTwoFactor ? t('segments.required') : t('segments.optional')),
          },
          {
            header: t('segments.col.accounts'),
            className: 'num',
            cell: (segment) => formatNumber(segment.accountCount),
          },
        ]}
      />
    </>
  );
}
