import { useState } from 'react';
import type { CalendarFeed } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';

/**
 * The person's calendar feed on their settings page: make it, make a new address (the old one stops), turn it off.
 * The secret address is shown once, right after it is made: the server keeps only its hash.
 */
export function CalendarFeedSection() {
  const feed = useResource<CalendarFeed>('/me/calendar-feed');
  const submission = useSubmit();
  const confirm = useConfirm();
  const toast = useToast();
  const [url, setUrl] = useState<string | null>(null);
  const active = feed.data?.active ?? false;

  const make = async () => {
    if (active && !(await confirm({ title: t('calendarFeed.rotateConfirm'), confirmLabel: t('calendarFeed.rotate') })))
      return;
    await submission.run(async () => {
      const made = await api<CalendarFeed>('/me/calendar-feed', { method: 'PUT' });
      setUrl(made.url ?? null);
      feed.reload();
    });
  };
  const revoke = async () => {
    const ok = await submission.run(async () => {
      await api<CalendarFeed>('/me/calendar-feed', { method: 'DELETE' });
      setUrl(null);
      feed.reload();
    });
    if (ok) toast(t('calendarFeed.revoked'));
  };

  return (
    <section aria-labelledby="calendar-feed" className="stack form-narrow">
      <h2 id="calendar-feed">{t('calendarFeed.title')}</h2>
      <p className="muted">{t('calendarFeed.description')}</p>
      <FormAlert error={submission.error} />
      {feed.data ? (
        <p>
          {active && feed.data.createdAt
            ? t('calendarFeed.active', { date: formatDateTime(feed.data.createdAt) })
            : t('calendarFeed.inactive')}
        </p>
      ) : null}
      {url ? (
        <div className="field">
          <label className="field-label" htmlFor="calendar-feed-url">
            {t('calendarFeed.url')}
          </label>
          <input id="calendar-feed-url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn btn--secondary" onClick={() => void make()} disabled={submission.pending}>
          {active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
        </button>
        {active ? (
          <button type="button" className="btn btn--danger" onClick={() => void revoke()} disabled={submission.pending}>
            {t('calendarFeed.revoke')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
