import { useState } from 'react';
import type { AccountDataRights } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { Badge } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from '../documents/Dialog.tsx';
import { useStepUp } from '../me/StepUp.tsx';
import { porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';

type Person = AccountDataRights['people'][number];
/** Whose hold the dialog places: the account's, or one person's. */
type HoldTarget = { kind: 'account' } | { kind: 'person'; person: Person };

/**
 * The console account page's data rights (owners and admins): legal holds on the account and on each person, with a
 * reason (audited), and a deletion started on a person's behalf. What each button does is the server's abilities.
 */
export function DataRightsSection({ accountId }: { accountId: string }) {
  const { me } = useSession();
  if (!me?.abilities.manageDeletionRequests) return null;
  return <DataRights accountId={accountId} />;
}

function DataRights({ accountId }: { accountId: string }) {
  const rights = useApi('/api/v1/accounts/{accountId}/data-rights', { path: { accountId } });
  const toast = useToast();
  const confirm = useConfirm();
  const stepUp = useStepUp();
  const action = useSubmit();
  const [holding, setHolding] = useState<HoldTarget | null>(null);
  const data = rights.data;
  if (!data) return null;

  const holdUrl = (target: HoldTarget) =>
    target.kind === 'account' ? `/accounts/${accountId}/legal-hold` : `/users/${target.person.id}/legal-hold`;
  const nameOf = (target: HoldTarget) => (target.kind === 'account' ? t('dataRights.thisAccount') : target.person.name);

  const lift = async (target: HoldTarget) => {
    const confirmed = await confirm({
      title: t('dataRights.liftConfirm', { name: nameOf(target) }),
      message: t('dataRights.liftMessage'),
      confirmLabel: t('dataRights.lift'),
    });
    if (!confirmed) return;
    const ok = await action.run(() => api(holdUrl(target), { method: 'DELETE' }).then(() => rights.reload()));
    if (ok) toast(t('dataRights.lifted'));
  };

  const startDeletion = async (person: Person) => {
    const confirmed = await confirm({
      title: t('dataRights.deleteConfirm', { name: person.name }),
      message: t('dataRights.deleteMessage'),
      confirmLabel: t('dataRights.delete'),
      danger: true,
    });
    if (!confirmed) return;
    const ok = await action.run(() =>
      stepUp
        .run(() =>
          porticoApi.POST('/api/v1/users/{userId}/deletion-request', { params: { path: { userId: person.id } } }),
        )
        .then(() => rights.reload()),
    );
    if (ok) toast(t('dataRights.deletionStarted', { name: person.name }));
  };

  return (
    <section className="panel stack" aria-labelledby="data-rights-heading">
      <h2 id="data-rights-heading">{t('dataRights.title')}</h2>
      <p className="muted">{t('dataRights.intro')}</p>
      <FormAlert error={action.error} />
      <div className="form-row">
        <p>
          {data.hold ? (
            <>
              <Badge tone="warning">{t('dataRights.onHold')}</Badge>{' '}
              {t('dataRights.holdSince', { date: formatDate(data.hold.setAt), reason: data.hold.reason })}
            </>
          ) : (
            t('dataRights.accountNoHold')
          )}
        </p>
        <div className="form-row__action">
          {data.abilities.liftHold ? (
            <button type="button" className="btn btn--secondary" onClick={() => void lift({ kind: 'account' })}>
              {t('dataRights.liftAccount')}
            </button>
          ) : data.abilities.placeHold ? (
            <button type="button" className="btn btn--secondary" onClick={() => setHolding({ kind: 'account' })}>
              {t('dataRights.placeAccount')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('dataRights.people')}>
        <table className="table">
          <caption className="sr-only">{t('dataRights.people')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deletion.console.person')}</th>
              <th scope="col">{t('dataRights.col.hold')}</th>
              <th scope="col">{t('dataRights.col.deletion')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.people.map((person) => (
              <tr key={person.id}>
                <td>
                  <strong>{person.name}</strong>
                  <div className="small muted break-all">{person.email}</div>
                </td>
                <td>
                  {person.hold
                    ? t('dataRights.holdSince', { date: formatDate(person.hold.setAt), reason: person.hold.reason })
                    : t('dataRights.none')}
                </td>
                <td>
                  {person.deletionRequest
                    ? t('dataRights.scheduledFor', { date: formatDate(person.deletionRequest.scheduledFor) })
                    : t('dataRights.none')}
                </td>
                <td className="actions">
                  {person.abilities.liftHold ? (
                    <button
                      type="button"
                      className="btn btn--small btn--secondary"
                      aria-label={t('dataRights.liftNamed', { name: person.name })}
                      onClick={() => void lift({ kind: 'person', person })}
                    >
                      {t('dataRights.lift')}
                    </button>
                  ) : person.abilities.placeHold ? (
                    <button
                      type="button"
                      className="btn btn--small btn--secondary"
                      aria-label={t('dataRights.placeNamed', { name: person.name })}
                      onClick={() => setHolding({ kind: 'person', person })}
                    >
                      {t('dataRights.place')}
                    </button>
                  ) : null}{' '}
                  {person.abilities.startDeletion ? (
                    <button
                      type="button"
                      className="btn btn--small btn--danger"
                      aria-label={t('dataRights.deleteNamed', { name: person.name })}
                      onClick={() => void startDeletion(person)}
                      disabled={action.pending}
                    >
                      {t('dataRights.delete')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {holding ? (
        <HoldDialog
          title={t('dataRights.placeTitle', { name: nameOf(holding) })}
          url={holdUrl(holding)}
          onClose={() => setHolding(null)}
          onPlaced={() => {
            setHolding(null);
            rights.reload();
            toast(t('dataRights.placed'));
          }}
        />
      ) : null}
      {stepUp.dialog}
    </section>
  );
}

function HoldDialog(props: { title: string; url: string; onClose: () => void; onPlaced: () => void }) {
  const [reason, setReason] = useState('');
  const submission = useSubmit();
  const submit = async () => {
    const ok = await submission.run(() => api(props.url, { method: 'PUT', body: { reason } }));
    if (ok) props.onPlaced();
  };
  return (
    <Dialog
      title={props.title}
      submitLabel={t('dataRights.place')}
      pending={submission.pending}
      error={submission.error}
      fields={['reason']}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <p>{t('dataRights.placeIntro')}</p>
      <TextField
        label={t('dataRights.reason')}
        name="reason"
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={submission.error}
      />
    </Dialog>
  );
}
