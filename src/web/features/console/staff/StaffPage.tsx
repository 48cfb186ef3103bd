import { Link } from 'react-router-dom';
import type { StaffUser } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { Badge, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';
import { StaffInvitations } from './StaffInvitations.tsx';
import { useApiPages } from '../../../api/typed-hooks.ts';

function access(user: StaffUser): string {
  if (!user.limitedToAssignedAccounts) return t('staff.access.all');
  return t('staff.access.assigned', { count: user.assignedAccounts.length });
}

export function StaffPage() {
  const list = useApiPages('/api/v1/staff-users', { query: { limit: 100 } });
  return (
    <>
      <PageHeader title={t('staff.title')} description={t('staff.intro')} />
      <PagedTable
        list={list}
        caption={t('staff.title')}
        rowKey={(user) => user.id}
        columns={[
          {
            header: t('members.col.name'),
            cell: (user) =>
              user.abilities.update || user.abilities.remove ? (
                <Link to={`/console/staff/${user.id}`} state={{ staff: user }}>
                  {user.name}
                </Link>
              ) : (
                user.name
              ),
          },
          { header: t('members.col.email'), cell: (user) => user.email },
          { header: t('members.col.role'), cell: (user) => t(`staffRole.${user.role}`) },
          { header: t('staff.col.access'), cell: access },
          {
            header: t('staff.col.twoFactor'),
            cell: (user) => (
              <Badge tone={user.twoFactorEnabled ? 'success' : 'neutral'}>
                {user.twoFactorEnabled ? t('security.twoFactor.on') : t('security.twoFactor.off')}
              </Badge>
            ),
          },
        ]}
      />
      <StaffInvitations />
    </>
  );
}
