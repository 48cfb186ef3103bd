import { useState, type FormEvent } from 'react';
import type { Invitation } from '../../../contract/index.ts';
import { api, errorMessage } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge } from '../../ui/common.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { useToast } from '../../ui/Toast.tsx';

interface InvitationsProps<Role extends string> {
  /** The collection: `/accounts/{id}/invitations` or `/staff-invitations` (each invitation is `{path}/{id}`). */
  path: string;
  /** The roles an invitation can carry, in the order offered; the first is the form's default. */
  roles: { value: Role; label: string }[];
  /** The role an invitation carries, in words. */
  roleOf: (invitation: Invitation) => string;
  /** Ids and words that differ between the account and staff versions. */
  headingId: string;
  title: string;
  /** A heading over the form (accounts) or over the table (staff). */
  formHeading?: string;
  tableHeading?: string;
  canInvite: boolean;
}

/** Invitations (account or staff): the invite form when allowed, and the paged table with revoke buttons. */
export function Invitations<Role extends string>({
  path,
  roles,
  roleOf,
  headingId,
  title,
  formHeading,
  tableHeading,
  canInvite,
}: InvitationsProps<Role>) {
  const toast = useToast();
  const list = usePagedList<Invitation>(path, { limit: 50 });
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(roles[0]!.value);
  const submission = useSubmit();

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submission.run((key) =>
      api(path, {
        method: 'POST',
        body: { email, role, ...(name.trim() ? { name: name.trim() } : {}) },
        idempotencyKey: key,
      }),
    );
    if (ok) {
      toast(t('invitations.sent', { email }));
      setEmail('');
      setName('');
      setRole(roles[0]!.value);
      list.reload();
    }
  };

  const revoke = async (invitation: Invitation) => {
    try {
      await api(`${path}/${invitation.id}`, { method: 'DELETE' });
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
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      {canInvite ? (
        <form
          onSubmit={onInvite}
          noValidate
          className="inline-form"
          aria-labelledby={formHeading ? `${headingId}-form` : undefined}
        >
          {formHeading ? <h3 id={`${headingId}-form`}>{formHeading}</h3> : null}
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
              onChange={(event) => setRole(event.target.value as Role)}
              error={submission.error}
            >
              {roles.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </SelectField>
          </div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('invitations.invite')}
          </button>
        </form>
      ) : null}
      {tableHeading ? <h3>{tableHeading}</h3> : null}
      <PagedTable
        list={list}
        caption={tableHeading ?? title}
        rowKey={(invitation) => invitation.id}
        empty={<p className="muted">{t('invitations.empty')}</p>}
        columns={[
          { header: t('members.col.email'), cell: (invitation) => invitation.email },
          { header: t('members.col.role'), cell: roleOf },
          {
            header: t('invitations.col.status'),
            cell: (invitation) => (
              <Badge tone={invitation.status === 'pending' ? 'warning' : 'neutral'}>
                {t(`invitationStatus.${invitation.status}`)}
              </Badge>
            ),
          },
          { header: t('invitations.col.expires'), cell: (invitation) => formatDate(invitation.expiresAt) },
          {
            header: <span className="sr-only">{t('common.actions')}</span>,
            className: 'actions',
            cell: (invitation) =>
              invitation.abilities.revoke ? (
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  aria-label={t('invitations.revokeFor', { email: invitation.email })}
                  onClick={() => void revoke(invitation)}
                >
                  {t('invitations.revoke')}
                </button>
              ) : null,
          },
        ]}
      />
    </section>
  );
}
