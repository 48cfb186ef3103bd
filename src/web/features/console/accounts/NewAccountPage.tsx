import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import type { Account } from '../../../../contract/index.ts';
import { api } from '../../../api/client.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { ErrorState, Loading, PageHeader } from '../../../ui/common.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { useSegmentOptions } from '../segments/useSegments.ts';

export function NewAccountPage() {
  const me = useMe();
  const navigate = useNavigate();
  const toast = useToast();
  const { segments, loading, error } = useSegmentOptions();
  const [name, setName] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const submission = useSubmit();

  if (!me.abilities.createAccounts) return <Navigate to="/console/accounts" replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async (key) => {
      const account = await api<Account>('/accounts', {
        method: 'POST',
        body: { name, segmentId: segmentId || segments[0]?.id || '' },
        idempotencyKey: key,
      });
      toast(t('accounts.created', { name: account.name }));
      navigate(`/console/accounts/${account.id}`);
    });
  };

  return (
    <>
      <p>
        <Link to="/console/accounts">← {t('accounts.back')}</Link>
      </p>
      <PageHeader title={t('accounts.new.title')} />
      {loading ? <Loading /> : null}
      {error ? <ErrorState error={error} /> : null}
      {!loading && !error && segments.length === 0 ? (
        <p className="alert alert--info">{t('accounts.noSegments')}</p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormAlert error={submission.error} fields={['name', 'segmentId']} />
        <TextField
          label={t('auth.field.name')}
          name="name"
          required
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={submission.error}
        />
        <SelectField
          label={t('accounts.field.segment')}
          name="segmentId"
          required
          value={segmentId || segments[0]?.id || ''}
          onChange={(event) => setSegmentId(event.target.value)}
          error={submission.error}
        >
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name} ({t(`segmentKind.${segment.kind}`)})
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" className="btn" disabled={submission.pending}>
            {t('accounts.create')}
          </button>
        </div>
      </form>
    </>
  );
}
