import { Link } from 'react-router-dom';
import type { StaffUser } from '../../../../contract/index.ts';
import { usePagedList } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { Badge, LoadMore, PageHeader } from '../../../ui/common.tsx';
import { StaffInvitations } from './StaffInvitations.tsx';

function access(user: StaffUser): string {
  if (!user.limitedToAssignedAccounts) return t('staff.access.all');
  return t('staff.access.assigned', { count: user.assignedAccounts.length });
}

export function StaffPage() {
  const list = usePagedList<StaffUser>('/staff-users', { limit: 100 });
  return (
    <>
      <PageHeader title={t('staff.title')} description={t('staff.intro')} />
      {list.items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('staff.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.col.name')}</th>
                <th scope="col">{t('members.col.email')}</th>
                <th scope="col">{t('members.col.role')}</th>
                <th scope="col">{t('staff.col.access')}</th>
                <th scope="col">{t('staff.col.twoFactor')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.abilities.update || user.abilities.remove ? (
                      <Link to={`/console/staff/${user.id}`} state={{ staff: user }}>
                        {user.name}
                      </Link>
                    ) : (
                      user.name
                    )}
                  </td>
                  <td>{user.email}</td>
                  <td>{t(`staffRole.${user.role}`)}</td>
                  <td>{access(user)}</td>
                  <td>
                    <Badge tone={user.twoFactorEnabled ? 'success' : 'neutral'}>
                      {user.twoFactorEnabled ? t('security.twoFactor.on') : t('security.twoFactor.off')}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
        count={list.items.length}
      />
      <StaffInvitations />
    </>
  );
}
