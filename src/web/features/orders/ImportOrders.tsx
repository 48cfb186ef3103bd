import { useState, type FormEvent } from 'react';
import type { ImportOrdersResult } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';

/**
 * Owners and admins import an account's orders from a CSV file (one row per line item). With a bad row nothing is
 * imported and each row's problem is listed, unless "import the good orders only" is ticked.
 */
export function ImportOrders({ accountId, onImported }: { accountId: string; onImported: () => void }) {
  const submit = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [skipErrors, setSkipErrors] = useState(false);
  const [result, setResult] = useState<ImportOrdersResult | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    const ok = await submit.run(async (idempotencyKey) => {
      const csv = await file.text();
      setResult(
        await api<ImportOrdersResult>(`/accounts/${accountId}/orders/import`, {
          method: 'POST',
          idempotencyKey,
          body: { csv, skipErrors },
        }),
      );
    });
    if (ok) onImported();
  };
  // The server names each bad cell `csv.<row>.<column>` (row 1 is the header).
  const rowErrors =
    submit.error instanceof ApiError
      ? Object.entries(submit.error.fieldErrors).flatMap(([path, message]) => {
          const match = /^csv\.(\d+)\.(.+)$/.exec(path);
          return match ? [{ row: Number(match[1]), column: match[2]!, message }] : [];
        })
      : [];
  return (
    <details className="panel orders-import">
      <summary>{t('orders.import.title')}</summary>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <p className="small muted">{t('orders.import.help')}</p>
        <div className="field">
          <label htmlFor="orders-import-file">{t('orders.import.file')}</label>
          <input
            id="orders-import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <Checkbox
          label={t('orders.import.skipErrors')}
          checked={skipErrors}
          onChange={(event) => setSkipErrors(event.target.checked)}
        />
        <FormAlert error={submit.error} />
        {rowErrors.length ? (
          <ul className="small">
            {rowErrors.map((error) => (
              <li key={`${error.row}.${error.column}`}>
                {t('orders.import.rowColumn', { row: error.row, column: error.column })}: {error.message}
              </li>
            ))}
          </ul>
        ) : null}
        {result ? (
          <div role="status" className="stack">
            <p>
              {t('orders.import.done', {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
                skipped: result.skipped,
              })}
            </p>
            {result.errors.length ? (
              <ul className="small">
                {result.errors.map((error, index) => (
                  <li key={index}>
                    {t('orders.import.rowColumn', { row: error.row, column: error.column })}: {error.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div>
          <button type="submit" className="btn" disabled={!file || submit.pending}>
            {submit.pending ? t('common.saving') : t('orders.import.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
