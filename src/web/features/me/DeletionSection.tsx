import type { DeletionRequest } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from './StepUp.tsx';

/**
 * "Delete your account" (GDPR Art. 17): what goes and what stays, the request after a confirmation and a fresh
 * proof of identity (step-up), and while it waits its date, why it may be on hold, and a way back.
 */
export function DeletionSection() {
  const toast = useToast();
  const confirm = useConfirm();
  const stepUp = useStepUp();
  const mine = useApi('/api/v1/me/deletion-request');
  const submission = useSubmit();
  const request = mine.data?.request ?? null;

  const onRequest = async () => {
    const confirmed = await confirm({
      title: t('deletion.confirmTitle'),
      message: t('deletion.confirmMessage'),
      confirmLabel: t('deletion.request'),
      danger: true,
    });
    if (!confirmed) return;
    let created: DeletionRequest | null = null;
    const ok = await submission.run(async () => {
      created = await stepUp.run(() => dataOf(porticoApi.POST('/api/v1/me/deletion-request')));
      mine.setData((previous) => previous && { ...previous, request: created });
    });
    if (ok && created)
      toast(t('deletion.requested', { date: formatDateTime((created as DeletionRequest).scheduledFor) }));
  };

  const onCancel = async () => {
    const ok = await submission.run(async () => {
      await porticoApi.DELETE('/api/v1/me/deletion-request');
      mine.setData((previous) => previous && { ...previous, request: null });
    });
    if (ok) toast(t('deletion.cancelled'));
  };

  if (!mine.data) return null;
  return (
    <section aria-labelledby="delete-account-heading" className="panel" id="delete-account">
      <h2 id="delete-account-heading">{t('deletion.title')}</h2>
      <p className="muted">{t('deletion.intro', { days: mine.data.graceDays })}</p>
      <FormAlert error={submission.error} />
      {request ? (
        <>
          <p role="status">
            {t(request.requestedByStaff ? 'deletion.scheduledByStaff' : 'deletion.scheduled', {
              date: formatDateTime(request.scheduledFor),
            })}
          </p>
          {request.blocked ? (
            <p className="alert alert--info">{t('deletion.blocked', { reason: request.blocked.reason })}</p>
          ) : null}
          {request.abilities.cancel ? (
            <div>
              <button type="button" className="btn" onClick={() => void onCancel()} disabled={submission.pending}>
                {t('deletion.cancel')}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <div>
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => void onRequest()}
            disabled={submission.pending}
          >
            {t('deletion.request')}
          </button>
        </div>
      )}
      {stepUp.dialog}
    </section>
  );
}
