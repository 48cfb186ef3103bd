import { useState, type FormEvent } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { RETURN_STATUSES, type Return, type ReturnSummary } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ReturnStatusBadge } from './format.tsx';
import { ReturnsTable } from './ReturnPages.tsx';
import { ReturnView } from './ReturnView.tsx';

/** Returns across the accounts the caller sees, filtered by status (the queue: requested first to decide). */
function ConsoleReturnsPage() {
  usePageTitle(t('returns.console.title'));
  const [status, setStatus] = useState('requested');
  const list = usePagedList<ReturnSummary>('/returns', status ? { status } : {});
  return (
    <>
      <PageHeader title={t('returns.console.title')} description={t('returns.console.description')} />
      <div className="form-row orders-filters">
        <SelectField
          label={t('returns.col.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value="">{t('returns.anyStatus')}</option>
          {RETURN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`returns.status.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ReturnsTable list={list} base="/console/returns" />
    </>
  );
}

/** Approve (per line) or reject a requested return. */
function Decide({ item, onDone }: { item: Return; onDone: (next: Return) => void }) {
  const submit = useSubmit();
  const [approved, setApproved] = useState<Record<number, string>>(
    Object.fromEntries(item.lines.map((line) => [line.index, String(line.requested)])),
  );
  const [instructions, setInstructions] = useState('');
  const [reason, setReason] = useState('');
  const send = (body: unknown) =>
    submit.run(async () => onDone(await api<Return>(`/returns/${item.id}/decision`, { method: 'POST', body })));
  const approve = (event: FormEvent) => {
    event.preventDefault();
    void send({
      decision: 'approve',
      instructions,
      lines: item.lines.map((line) => ({ index: line.index, quantity: Number(approved[line.index] ?? 0) })),
    });
  };
  return (
    <section className="panel stack" aria-labelledby="return-decide">
      <h2 id="return-decide">{t('returns.decide.title')}</h2>
      <FormAlert error={submit.error} fields={['instructions', 'reason']} />
      <form onSubmit={approve} noValidate className="stack form-narrow">
        {item.lines.map((line) => (
          <TextField
            key={line.index}
            label={t('returns.decide.approveOf', { name: line.name, max: line.requested })}
            name={`approve-${line.index}`}
            type="number"
            min={0}
            max={line.requested}
            value={approved[line.index] ?? ''}
            onChange={(event) => setApproved({ ...approved, [line.index]: event.target.value })}
          />
        ))}
        <div className="field">
          <label htmlFor="return-instructions">{t('returns.instructions')}</label>
          <textarea
            id="return-instructions"
            rows={3}
            value={instructions}
            onChange={(event) => setInstructions(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="btn" disabled={submit.pending}>
            {t('returns.decide.approve')}
          </button>
        </div>
      </form>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send({ decision: 'reject', reason });
        }}
        noValidate
        className="stack form-narrow"
      >
        <div className="field">
          <label htmlFor="return-reject">{t('returns.decide.rejectReason')}</label>
          <textarea id="return-reject" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <div>
          <button type="submit" className="btn btn--secondary" disabled={submit.pending}>
            {t('returns.decide.reject')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The label upload and the steps after approval. */
function Handle({ item, onDone }: { item: Return; onDone: (next: Return) => void }) {
  const submit = useSubmit();
  const toast = useToast();
  const [amount, setAmount] = useState('');
  const step = (body: unknown) =>
    submit.run(async () => onDone(await api<Return>(`/returns/${item.id}/progress`, { method: 'POST', body })));
  const uploadLabel = (file: File | undefined) => {
    if (!file) return;
    void submit
      .run(async () =>
        onDone(
          await api<Return>(`/returns/${item.id}/label`, {
            method: 'PUT',
            rawBody: file,
            contentType: file.type || 'application/octet-stream',
          }),
        ),
      )
      .then((ok) => ok && toast(t('returns.label.added')));
  };
  return (
    <section className="panel" aria-labelledby="return-handle">
      <h2 id="return-handle">{t('returns.handle.title')}</h2>
      <FormAlert error={submit.error} fields={['amount']} />
      <div className="stack form-narrow">
        {item.abilities.uploadLabel ? (
          <div className="field">
            <label htmlFor="return-label">{item.label ? t('returns.label.replace') : t('returns.label.add')}</label>
            <input
              id="return-label"
              type="file"
              accept="application/pdf,image/png,image/jpeg"
              onChange={(event) => uploadLabel(event.target.files?.[0])}
            />
          </div>
        ) : null}
        {item.status === 'approved' ? (
          <button type="button" className="btn" onClick={() => void step({ status: 'received' })}>
            {t('returns.handle.received')}
          </button>
        ) : null}
        {item.status === 'received' ? (
          <button type="button" className="btn" onClick={() => void step({ status: 'inspected' })}>
            {t('returns.handle.inspected')}
          </button>
        ) : null}
        {item.status === 'inspected' ? (
          <>
            <form
              className="form-row"
              onSubmit={(event) => {
                event.preventDefault();
                void step({ status: 'refunded', amount: Math.round(Number(amount) * 100) });
              }}
            >
              <TextField
                label={t('returns.handle.amount', { currency: item.lines[0]?.unitPrice.currency ?? '' })}
                name="amount"
                inputMode="decimal"
                value={amount}
                error={submit.error}
                onChange={(event) => setAmount(event.target.value)}
              />
              <button type="submit" className="btn">
                {t('returns.handle.refund')}
              </button>
            </form>
            <button type="button" className="btn btn--secondary" onClick={() => void step({ status: 'exchanged' })}>
              {t('returns.handle.exchanged')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}

function ConsoleReturnPage() {
  const { returnId = '' } = useParams();
  const item = useResource<Return>(`/returns/${returnId}`);
  usePageTitle(item.data ? t('returns.titleOf', { number: item.data.number }) : t('returns.console.title'));
  if (item.error) return <ErrorState error={item.error} onRetry={item.reload} />;
  if (!item.data) return <Loading />;
  const data = item.data;
  return (
    <>
      <p>
        <Link to={`/console/orders/${data.orderId}`}>← {t('returns.backToOrder', { number: data.orderNumber })}</Link>
      </p>
      <PageHeader
        title={t('returns.titleOf', { number: data.number })}
        description={data.accountName}
        actions={<ReturnStatusBadge status={data.status} />}
      />
      {data.abilities.decide ? <Decide item={data} onDone={item.setData} /> : null}
      {data.abilities.uploadLabel || data.abilities.progress ? <Handle item={data} onDone={item.setData} /> : null}
      <ReturnView item={data} />
    </>
  );
}

export function ConsoleReturns() {
  return (
    <Routes>
      <Route index element={<ConsoleReturnsPage />} />
      <Route path=":returnId" element={<ConsoleReturnPage />} />
    </Routes>
  );
}
