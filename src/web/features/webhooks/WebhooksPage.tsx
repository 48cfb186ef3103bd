import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { WebhookEventType } from '../../../contract/index.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { Checkbox, GroupError, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { SecretOnce } from './SecretOnce.tsx';

export const eventLabel = (type: string) => t(`webhooks.event.${type}` as MessageKey);

/** Console > Webhooks: the endpoints, and a form for a new one (its secret shown once). */
export function WebhooksPage() {
  const list = useApi('/api/v1/webhooks/subscriptions');
  const submission = useSubmit();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    let created: { secret: string } | undefined;
    const ok = await submission.run(async (idempotencyKey) => {
      ({ data: created } = await porticoApi.POST('/api/v1/webhooks/subscriptions', {
        body: { url, description, eventTypes: events },
        headers: { 'Idempotency-Key': idempotencyKey },
      }));
    });
    if (ok && created) {
      setSecret(created.secret);
      setUrl('');
      setDescription('');
      setEvents([]);
      list.reload();
    }
  };
  const toggle = (type: WebhookEventType, on: boolean) =>
    setEvents((previous) => (on ? [...previous, type] : previous.filter((value) => value !== type)));

  return (
    <>
      <PageHeader title={t('webhooks.title')} description={t('webhooks.intro')} />
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
      <section className="panel stack" aria-labelledby="webhooks-list">
        <h2 id="webhooks-list">{t('webhooks.list.title')}</h2>
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && !list.data.items.length ? <EmptyState title={t('webhooks.empty')} /> : null}
        {list.data?.items.length ? (
          <table className="table">
            <caption className="sr-only">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.col.url')}</th>
                <th scope="col">{t('webhooks.col.events')}</th>
                <th scope="col">{t('webhooks.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((subscription) => (
                <tr key={subscription.id}>
                  <td className="webhook-url">
                    <Link to={`/console/webhooks/${subscription.id}`}>{subscription.url}</Link>
                    {subscription.description ? <div className="small">{subscription.description}</div> : null}
                  </td>
                  <td className="small">{subscription.eventTypes.map(eventLabel).join(', ')}</td>
                  <td>
                    <Badge tone={subscription.status === 'active' ? 'success' : 'warning'}>
                      {t(subscription.status === 'active' ? 'webhooks.status.active' : 'webhooks.status.disabled')}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section className="panel stack" aria-labelledby="webhooks-new">
        <h2 id="webhooks-new">{t('webhooks.create.title')}</h2>
        <FormAlert error={submission.error} fields={['url', 'description', 'eventTypes']} />
        <form onSubmit={onCreate} noValidate className="stack">
          <TextField
            label={t('webhooks.field.url')}
            hint={t('webhooks.field.urlHint')}
            name="url"
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            error={submission.error}
            required
          />
          <TextField
            label={t('webhooks.field.description')}
            name="description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={submission.error}
          />
          <fieldset className="stack">
            <legend>{t('webhooks.field.events')}</legend>
            {WebhookEventType.options.map((type) => (
              <Checkbox
                key={type}
                label={eventLabel(type)}
                checked={events.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
            ))}
            <GroupError error={submission.error} name="eventTypes" />
          </fieldset>
          <div>
            <button type="submit" className="btn" disabled={submission.pending}>
              {t('webhooks.create.submit')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
