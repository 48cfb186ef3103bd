import { useState, type FormEvent } from 'react';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useMe, useSession } from '../../session/SessionProvider.tsx';
import { OneTimeCodeField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from './StepUp.tsx';

/**
 * Changing one's sign-in address: the new address first (step-up dialog if the proof is stale), then the code mailed
 * to it. While a code is pending the second form shows; cancelling withdraws it.
 */
export function EmailChangeSection() {
  const me = useMe();
  const { refresh } = useSession();
  const toast = useToast();
  const stepUp = useStepUp();
  const pending = useApi('/api/v1/me/email-change');
  const [newEmail, setNewEmail] = useState('');
  const [code, setCode] = useState('');
  const request = useSubmit();
  const confirm = useSubmit();
  const current = pending.data?.pending ?? null;

  const onRequest = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await request.run(async () => {
      const answer = await stepUp.run(() => dataOf(porticoApi.POST('/api/v1/me/email-change', { body: { newEmail } })));
      pending.setData(answer);
    });
    if (ok) setNewEmail('');
  };

  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    let changedTo = '';
    const ok = await confirm.run(async () => {
      const answer = await dataOf(porticoApi.POST('/api/v1/me/email-change/confirm', { body: { code } }));
      changedTo = answer.user.email;
      await refresh();
      pending.setData({ pending: null });
    });
    if (ok) {
      setCode('');
      toast(t('emailChange.changed', { email: changedTo }));
    }
  };

  const onCancel = async () => {
    await confirm.run(async () => {
      await porticoApi.DELETE('/api/v1/me/email-change');
      pending.setData({ pending: null });
    });
  };

  return (
    <section aria-labelledby="email-change-heading" className="panel">
      <h2 id="email-change-heading">{t('emailChange.title')}</h2>
      <p>{t('emailChange.current', { email: me.user.email })}</p>
      {current ? (
        <form onSubmit={onConfirm} noValidate className="stack form-narrow">
          <p role="status">
            {t('emailChange.pending', { email: current.newEmail, time: formatDateTime(current.expiresAt) })}
          </p>
          <FormAlert error={confirm.error} fields={['code']} />
          <OneTimeCodeField
            label={t('emailChange.field.code')}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={confirm.error}
          />
          <div className="form-actions">
            <button type="submit" className="btn" disabled={confirm.pending}>
              {t('emailChange.confirm')}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => void onCancel()}
              disabled={confirm.pending}
            >
              {t('emailChange.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={onRequest} noValidate className="stack form-narrow">
          <p className="muted">{t('emailChange.intro')}</p>
          <FormAlert error={request.error} fields={['newEmail']} />
          <TextField
            label={t('emailChange.field.newEmail')}
            name="newEmail"
            type="email"
            autoComplete="email"
            required
            value={newEmail}
            onChange={(event) => setNewEmail(event.target.value)}
            error={request.error}
          />
          <div>
            <button type="submit" className="btn" disabled={request.pending}>
              {t('emailChange.send')}
            </button>
          </div>
        </form>
      )}
      {stepUp.dialog}
    </section>
  );
}
