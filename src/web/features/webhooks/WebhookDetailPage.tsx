import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { WebhookDelivery, WebhookSubscription } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useApi, useApiPages } from '../../api/typed-hooks.ts';
import { formatDateTime, t, type MessageKey } from '../../i18n/index.ts';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { Badge, EmptyState, ErrorState, LoadMore, Loading, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { SecretOnce } from './SecretOnce.tsx';
import { eventLabel } from './WebhooksPage.tsx';

const STATUS_TONE = { succeeded: 'success', pending: 'neutral', failed: 'warning', cancelled: 'neutral' } as const;

/** One endpoint: its state, rotate / enable / disable / delete, and the delivery log with replay. */
export function WebhookDetailPage() {
  const { subscriptionId } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const confirm = useConfirm();
  const subscription = useApi('/api/v1/webhooks/subscriptions/{webhookId}', {
    path: { webhookId: subscriptionId ?? '' },
  });
  const log = useApiPages('/api/v1/webhooks/subscriptions/{webhookId}/deliveries', {
    path: { webhookId: subscriptionId ?? '' },
    query: { limit: 20 },
  });
  const [secret, setSecret] = useState<string | null>(null);
  const webhookId = subscriptionId ?? '';

  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) toast(done);
      subscription.reload();
      log.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
  const rotate = async () => {
    if (!(await confirm({ title: t('webhooks.action.rotateConfirm'), message: t('webhooks.action.rotateMessage') })))
      return;
    await act(async () => {
      const { data: rotated } = await porticoApi.POST('/api/v1/webhooks/subscriptions/{webhookId}/rotate-secret', {
        params: { path: { webhookId } },
      });
      setSecret(rotated?.secret ?? null);
    });
  };
  const setEnabled = (current: WebhookSubscription, enabled: boolean) =>
    act(() =>
      porticoApi.PATCH('/api/v1/webhooks/subscriptions/{webhookId}', {
        params: { path: { webhookId } },
        body: { enabled },
        headers: { 'If-Match': String(current.version) },
      }),
    );
  const remove = async () => {
    if (!(await confirm({ title: t('webhooks.action.deleteConfirm'), confirmLabel: t('common.delete'), danger: true })))
      return;
    try {
      await porticoApi.DELETE('/api/v1/webhooks/subscriptions/{webhookId}', { params: { path: { webhookId } } });
      toast(t('webhooks.deleted'));
      navigate('/console/webhooks');
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
  const replay = (delivery: WebhookDelivery) =>
    act(
      () =>
        porticoApi.POST('/api/v1/webhooks/deliveries/{deliveryId}/replay', {
          params: { path: { deliveryId: delivery.id } },
        }),
      t('webhooks.log.replayed'),
    );

  if (subscription.error) return <ErrorState error={subscription.error} onRetry={subscription.reload} />;
  const current = subscription.data;
  if (!current) return <Loading />;
  return (
    <div className="webhook-detail">
      <p>
        <Link to="/console/webhooks">{t('webhooks.detail.back')}</Link>
      </p>
      <PageHeader
        title={current.url}
        description={current.description || current.eventTypes.map(eventLabel).join(', ')}
        actions={
          <div className="page-actions">
            {current.abilities.rotateSecret ? (
              <button type="button" className="btn btn--secondary" onClick={() => void rotate()}>
                {t('webhooks.action.rotate')}
              </button>
            ) : null}
            {current.abilities.update ? (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => void setEnabled(current, current.status !== 'active')}
              >
                {t(current.status === 'active' ? 'webhooks.action.disable' : 'webhooks.action.enable')}
              </button>
            ) : null}
            {current.abilities.delete ? (
              <button type="button" className="btn btn--danger" onClick={() => void remove()}>
                {t('webhooks.action.delete')}
              </button>
            ) : null}
          </div>
        }
      />
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
      <section className="panel stack">
        <p>
          <Badge tone={current.status === 'active' ? 'success' : 'warning'}>
            {t(current.status === 'active' ? 'webhooks.status.active' : 'webhooks.status.disabled')}
          </Badge>{' '}
          {current.status === 'disabled' && current.disabledAt
            ? t(
                current.disabledReason === 'failing'
                  ? 'webhooks.detail.disabledFailing'
                  : 'webhooks.detail.disabledByAdmin',
                {
                  date: formatDateTime(current.disabledAt),
                },
              )
            : null}
        </p>
        {current.previousSecretExpiresAt ? (
          <p>{t('webhooks.detail.rotating', { date: formatDateTime(current.previousSecretExpiresAt) })}</p>
        ) : null}
        {current.lastSuccessAt ? (
          <p className="small">{t('webhooks.detail.lastSuccess', { date: formatDateTime(current.lastSuccessAt) })}</p>
        ) : null}
      </section>
      <section className="panel stack" aria-labelledby="webhook-log">
        <div className="page-actions">
          <h2 id="webhook-log">{t('webhooks.log.title')}</h2>
          <button type="button" className="btn btn--secondary btn--small" onClick={log.reload}>
            {t('webhooks.log.refresh')}
          </button>
        </div>
        {log.error ? <ErrorState error={log.error} onRetry={log.reload} /> : null}
        {!log.loading && !log.items.length && !log.error ? <EmptyState title={t('webhooks.log.empty')} /> : null}
        <ul className="webhook-log stack">
          {log.items.map((delivery) => (
            <li key={delivery.id} className="card">
              <details>
                <summary>
                  <Badge tone={STATUS_TONE[delivery.status]}>
                    {t(`webhooks.log.status.${delivery.status}` as MessageKey)}
                  </Badge>{' '}
                  {t('webhooks.log.summary', {
                    type: eventLabel(delivery.eventType),
                    attempts: delivery.attempts,
                    date: formatDateTime(delivery.createdAt, { timeStyle: 'medium' }),
                  })}
                </summary>
                <div className="stack">
                  {delivery.nextAttemptAt ? (
                    <p className="small">{t('webhooks.log.next', { date: formatDateTime(delivery.nextAttemptAt) })}</p>
                  ) : null}
                  <ol className="stack">
                    {delivery.attemptLog.map((attempt) => (
                      <li key={attempt.id}>
                        {t('webhooks.log.attempt', {
                          date: formatDateTime(attempt.attemptedAt, { timeStyle: 'medium' }),
                          status: attempt.responseStatus ?? t('webhooks.log.noAnswer'),
                          ms: attempt.durationMs,
                        })}
                        {attempt.error ? <div className="small">{attempt.error}</div> : null}
                        {attempt.responseBody ? <pre className="webhook-body">{attempt.responseBody}</pre> : null}
                      </li>
                    ))}
                  </ol>
                  <h3>{t('webhooks.log.request')}</h3>
                  <pre className="webhook-body">{delivery.requestBody}</pre>
                </div>
              </details>
              {delivery.abilities.replay ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={`${t('webhooks.log.replay')}: ${delivery.eventId}`}
                  onClick={() => void replay(delivery)}
                >
                  {t('webhooks.log.replay')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <LoadMore hasMore={log.hasMore} loading={log.loading} error={log.error} onLoadMore={log.loadMore} />
      </section>
    </div>
  );
}
