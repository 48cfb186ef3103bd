import { Link, Route, Routes } from 'react-router-dom';
import type { FormAssignment } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { Badge, EmptyState, PageHeader } from '../../ui/common.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { day } from '../projects/format.tsx';
import { FillPage } from './FillPage.tsx';

/** The forms requested from one account; `base` links each to its page. */
export function AssignmentList({ accountId, base }: { accountId: string; base: string | null }) {
  const list = usePagedList<FormAssignment>(`/accounts/${accountId}/form-assignments`);
  return (
    <PagedTable
      list={list}
      caption={t('forms.list.caption')}
      rowKey={(item) => item.id}
      empty={<EmptyState title={t('forms.list.empty')} />}
      columns={[
        {
          header: t('forms.col.name'),
          cell: (item) => (base ? <Link to={`${base}/${item.id}`}>{item.formName}</Link> : item.formName),
        },
        { header: t('forms.col.due'), cell: (item) => day(item.dueDate) },
        {
          header: t('forms.col.status'),
          cell: (item) => (
            <Badge tone={item.status === 'submitted' ? 'success' : 'neutral'}>{t(`forms.status.${item.status}`)}</Badge>
          ),
        },
      ]}
    />
  );
}

function PortalFormList() {
  const me = useMe();
  const { branding } = useSession();
  return (
    <>
      <PageHeader
        title={t('forms.list.title')}
        description={t('forms.list.portalDescription', { portal: branding.name })}
      />
      {me.activeAccountId ? (
        <AssignmentList key={me.activeAccountId} accountId={me.activeAccountId} base="/forms" />
      ) : null}
    </>
  );
}

/** Portal: /forms (the active account's requested forms) and /forms/:assignmentId (fill one). */
export function PortalForms() {
  return (
    <Routes>
      <Route index element={<PortalFormList />} />
      <Route path=":assignmentId" element={<FillPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
