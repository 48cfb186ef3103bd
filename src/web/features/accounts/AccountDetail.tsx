import { useState, type FormEvent, type ReactNode } from 'react';
import type { Account } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';
import { MembersSection } from './MembersSection.tsx';

function RenameForm({ account, onSaved }: { account: Account; onSaved: (account: Account) => void }) {
  const [name, setName] = useState(account.name);
  const submission = useSubmit();
  const toast = useToast();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      const updated = await dataOf(
        porticoApi.PATCH('/api/v1/accounts/{accountId}', {
          params: { path: { accountId: account.id } },
          body: { name },
          headers: { 'If-Match': String(account.version) },
        }),
      );
      onSaved(updated);
      toast(t('common.saved'));
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <FormAlert error={submission.error} fields={['name']} />
      <div className="form-row">
        <TextField
          label={t('accounts.field.name')}
          name="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={submission.error}
        />
        <div className="form-row__action">
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('common.save')}
          </button>
        </div>
      </div>
    </form>
  );
}

interface AccountDetailProps {
  accountId: string;
  /** Page title; defaults to the account's name. */
  title?: string;
  backLink?: ReactNode;
  /** Section tabs under the header (the console's Overview / Documents). */
  tabs?: (account: Account) => ReactNode;
  /** Sections after members and invitations (the console's data rights). */
  after?: ReactNode;
}

/** Account detail with members and invitations: the console's account page and the portal's Team page. */
export function AccountDetail({ accountId, title, backLink, tabs, after }: AccountDetailProps) {
  const account = useApi('/api/v1/accounts/{accountId}', { path: { accountId } });

  if (account.error) {
    return (
      <>
        <PageHeader title={title ?? t('accounts.detail.title')} />
        <ErrorState error={account.error} onRetry={account.reload} />
      </>
    );
  }
  if (!account.data) return <Loading />;
  const data = account.data;

  return (
    <>
      {backLink}
      <PageHeader
        title={title ?? data.name}
        description={t('accounts.detail.summary', {
          segment: data.segment.name,
          members: data.memberCount,
          created: formatDate(data.createdAt),
        })}
      />
      {tabs?.(data)}
      {data.abilities.update ? (
        <RenameForm key={data.version} account={data} onSaved={(updated) => account.setData(updated)} />
      ) : null}
      <MembersSection accountId={data.id} />
      {data.abilities.invite || data.abilities.manageMembers ? (
        <InvitationsSection accountId={data.id} canInvite={data.abilities.invite} />
      ) : null}
      {after}
    </>
  );
}
