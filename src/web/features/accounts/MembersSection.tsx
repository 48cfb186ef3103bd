import type { AccountRole, Member } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { EmptyState } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { useToast } from '../../ui/Toast.tsx';

const ROLES: AccountRole[] = ['account_admin', 'member'];

/** Members of an account, with role changes and removal where the server allows them. */
export function MembersSection({ accountId }: { accountId: string }) {
  const toast = useToast();
  const list = useApiPages('/api/v1/accounts/{accountId}/members', { path: { accountId } });

  const changeRole = async (member: Member, role: AccountRole) => {
    try {
      const updated: Member | undefined = await dataOf(
        porticoApi.PATCH('/api/v1/accounts/{accountId}/members/{userId}', {
          params: { path: { accountId, userId: member.userId } },
          body: { role },
        }),
      );
      list.setItems((items) =>
        items.map((item) => (item.userId === member.userId ? (updated ?? { ...item, role }) : item)),
      );
      toast(t('members.roleChanged', { name: member.name, role: t(`role.${role}`) }));
    } catch (error) {
      toast(errorMessage(error), 'error');
      list.reload();
    }
  };

  const remove = async (member: Member) => {
    try {
      await porticoApi.DELETE('/api/v1/accounts/{accountId}/members/{userId}', {
        params: { path: { accountId, userId: member.userId } },
      });
      list.setItems((items) => items.filter((item) => item.userId !== member.userId));
      toast(t('members.removed', { name: member.name }));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <section aria-labelledby="members-heading" className="panel">
      <h2 id="members-heading">{t('members.title')}</h2>
      <PagedTable
        list={list}
        caption={t('members.title')}
        rowKey={(member) => member.userId}
        empty={<EmptyState title={t('members.empty')} />}
        columns={[
          { header: t('members.col.name'), cell: (member) => member.name },
          { header: t('members.col.email'), cell: (member) => member.email },
          {
            header: t('members.col.role'),
            cell: (member) =>
              member.abilities.changeRole ? (
                <select
                  aria-label={t('members.roleFor', { name: member.name })}
                  value={member.role}
                  onChange={(event) => void changeRole(member, event.target.value as AccountRole)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`role.${role}`)}
                    </option>
                  ))}
                </select>
              ) : (
                t(`role.${member.role}`)
              ),
          },
          { header: t('members.col.joined'), cell: (member) => formatDate(member.joinedAt) },
          {
            header: <span className="sr-only">{t('common.actions')}</span>,
            className: 'actions',
            cell: (member) =>
              member.abilities.remove ? (
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  aria-label={t('members.removeNamed', { name: member.name })}
                  onClick={() => void remove(member)}
                >
                  {t('members.remove')}
                </button>
              ) : null,
          },
        ]}
      />
    </section>
  );
}
