import { useEffect } from 'react';
import type { DataExport } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatBytes } from '../documents/format.ts';

const POLL_MS = 3000;

/** "Your data": ask for an export of everything about oneself, watch it being made, download it while it lasts. */
export function DataExportSection() {
  const toast = useToast();
  const latest = useApi('/api/v1/me/data-exports/latest');
  const submission = useSubmit();
  const current = latest.data?.export ?? null;
  const pending = current?.status === 'pending';
  const { reload } = latest;

  // While the background job runs, look again now and then; the mail tells the person too.
  useEffect(() => {
    if (!pending) return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [pending, reload]);

  const onRequest = async () => {
    const ok = await submission.run(async () => {
      const created = await dataOf(porticoApi.POST('/api/v1/me/data-exports'));
      latest.setData({ export: created });
    });
    if (ok) toast(t('dataExport.requested'));
  };

  return (
    <section aria-labelledby="your-data-heading" className="panel" id="your-data">
      <h2 id="your-data-heading">{t('dataExport.title')}</h2>
      <p className="muted">{t('dataExport.intro')}</p>
      <FormAlert error={submission.error} />
      {current ? <ExportStatus current={current} /> : null}
      {pending ? null : (
        <div>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => void onRequest()}
            disabled={submission.pending}
          >
            {current?.downloadUrl ? t('dataExport.requestAgain') : t('dataExport.request')}
          </button>
        </div>
      )}
    </section>
  );
}

function ExportStatus({ current }: { current: DataExport }) {
  if (current.status === 'pending')
    return <p role="status">{t('dataExport.pending', { time: formatDateTime(current.requestedAt) })}</p>;
  if (current.status === 'failed') return <p role="status">{t('dataExport.failed')}</p>;
  if (!current.downloadUrl) return <p>{t('dataExport.expired')}</p>;
  return (
    <>
      <p role="status">
        {t('dataExport.ready', {
          size: formatBytes(current.sizeBytes ?? 0),
          time: formatDateTime(current.expiresAt ?? current.requestedAt),
        })}
      </p>
      <p>
        <a className="btn" href={current.downloadUrl} download>
          {t('dataExport.download')}
        </a>
      </p>
    </>
  );
}
