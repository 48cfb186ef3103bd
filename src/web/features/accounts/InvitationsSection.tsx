import { useState, type FormEvent } from 'react';
import type { AccountRole, Invitation } from '../../../contract/index.ts';
import { api, errorMessage } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, LoadMore } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';

interface InvitationsSectionProps {
  accountId: string;
  canInvite: boolean;
}

/** Pending and past invitations to an account, and the invite form (when allowed). */
export function InvitationsSection({ accountId, canInvite }: InvitationsSectionProps) {
  const toast = useToast();
  const list = usePagedList<Invitation>(`/accounts/${accountId}/invitations`, { limit: 50 });
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<AccountRole>('member');
  const submission = useSubmit();

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run((key) =>
      api(`/accounts/${accountId}/invitations`, {
        method: 'POST',
        body: { email, role, ...(name.trim() ? { name: name.trim() } : {}) },
        idempotencyKey: key,
      }),
    );
    if (ok) {
      toast(t('invitations.sent', { email }));
      setEmail('');
      setName('');
      setRole('member');
      list.reload();
    }
  };

  const revoke = async (invitation: Invitation) => {
    try {
      await api(`/accounts/${accountId}/invitations/${invitation.id}`, { method: 'DELETE' });
      list.setItems((items) =>
        items.map((item) =>
          item.id === invitation.id ? { ...item, status: 'revoked', abilities: { revoke: false } } : item,
        ),
      );
      toast(t('invitations.revoked', { email: invitation.email }));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <section aria-labelledby="invitations-heading" className="panel">
      <h2 id="invitations-heading">{t('invitations.title')}</h2>
      {canInvite ? (
        <form onSubmit={onInvite} noValidate className="inline-form" aria-labelledby="invite-heading">
          <h3 id="invite-heading">{t('invitations.inviteHeading')}</h3>
          <FormAlert error={submission.error} fields={['email', 'name', 'role']} />
          <div className="form-row">
            <TextField
              label={t('auth.field.email')}
              name="email"
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={submission.error}
            />
            <TextField
              label={t('common.optional', { label: t('auth.field.name') })}
              name="name"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={submission.error}
            />
            <SelectField
              label={t('invitations.role')}
              name="role"
              value={role}
              onChange={(event) => setRole(event.target.value as AccountRole)}
              error={submission.error}
            >
              <option value="member">{t('role.member')}</option>
              <option value="account_admin">{t('role.account_admin')}</option>
            </SelectField>
          </div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('invitations.invite')}
          </button>
        </form>
      ) : null}
      {list.items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t('invitations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.col.email')}</th>
                <th scope="col">{t('members.col.role')}</th>
                <th scope="col">{t('invitations.col.status')}</th>
                <th scope="col">{t('invitations.col.expires')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.email}</td>
                  <td>{invitation.role ? t(`role.${invitation.role}`) : ''}</td>
                  <td>
                    <Badge tone={invitation.status === 'pending' ? 'warning' : 'neutral'}>
                      {t(`invitationStatus.${invitation.status}`)}
                    </Badge>
                  </td>
                  <td>{formatDate(invitation.expiresAt)}</td>
                  <td className="actions">
                    {invitation.abilities.revoke ? (
                      <button
                        type="button"
                        className="btn btn--small btn--danger"
                        aria-label={t('invitations.revokeFor', { email: invitation.email })}
                        onClick={() => void revoke(invitation)}
                      >
                        {t('invitations.revoke')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : !list.loading && !list.error ? (
        <p className="muted">{t('invitations.empty')}</p>
      ) : null}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
        count={list.items.length}
      />
    </section>
  );
}
