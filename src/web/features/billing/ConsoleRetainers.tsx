import { useState, type FormEvent } from 'react';
import type { Retainer, TaxRate } from '../../../contract/index.ts';
import { currencyExponent, formatMinor, parseMinor } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, GroupError, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { hours, RetainerSummary, useRetainers } from './RetainerBurn.tsx';

const FIELDS = ['name', 'unit', 'period', 'budgetMinutes', 'budgetAmount', 'hourlyRate', 'taxRateIds', 'startsOn'];

/** The console's retainer section of an account's billing page: set up, change, end, ask for overage approval. */
export function ConsoleRetainers({ accountId, currency }: { accountId: string; currency: string | null }) {
  const list = useRetainers(accountId);
  const rates = useResource<{ items: TaxRate[] }>('/billing/tax-rates');
  const [editing, setEditing] = useState(false);
  const open = list.data?.items.find((item) => item.endedOn === null) ?? null;
  const replace = (next: Retainer) => {
    setEditing(false);
    list.reload();
    return next;
  };
  if (!list.data) return null;
  return (
    <section className="card stack retainer-panel" aria-labelledby="retainer-title">
      <h2 id="retainer-title" className="h3">
        {open ? t('billing.retainer.titleOf', { name: open.name }) : t('billing.retainer.title')}
      </h2>
      {open ? (
        <>
          <RetainerSummary retainer={open} invoicePath={(id) => `/console/billing/${id}`} onChange={replace} />
          <RetainerTax retainer={open} rates={rates.data?.items ?? []} />
          <RetainerActions retainer={open} onChange={replace} onEdit={() => setEditing(!editing)} />
          {editing && currency ? (
            <RetainerForm
              accountId={accountId}
              currency={currency}
              retainer={open}
              rates={rates.data?.items ?? []}
              onSaved={replace}
            />
          ) : null}
        </>
      ) : (
        <>
          <p className="muted">{t('billing.retainer.none')}</p>
          {list.data.abilities.create && currency ? (
            <RetainerForm
              accountId={accountId}
              currency={currency}
              retainer={null}
              rates={rates.data?.items ?? []}
              onSaved={replace}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

const rateName = (rate: TaxRate) => t('billing.retainer.taxRate', { name: rate.name, rate: rate.rate });

/** The tax rates copied onto each overage request (and its invoice line), by name. */
function RetainerTax({ retainer, rates }: { retainer: Retainer; rates: TaxRate[] }) {
  const named = retainer.taxRateIds.map((id) => rates.find((rate) => rate.id === id)).filter((rate) => rate);
  return (
    <p data-testid="retainer-tax">
      {named.length
        ? t('billing.retainer.taxOn', { rates: named.map((rate) => rateName(rate!)).join(', ') })
        : t('billing.retainer.taxNone')}
    </p>
  );
}

function RetainerActions({
  retainer,
  onChange,
  onEdit,
}: {
  retainer: Retainer;
  onChange: (retainer: Retainer) => void;
  onEdit: () => void;
}) {
  const submission = useSubmit();
  const confirm = useConfirm();
  const toast = useToast();
  const base = `/accounts/${retainer.accountId}/billing-retainers/${retainer.id}`;
  const unrequested = retainer.burn?.unrequestedMinutes ?? 0;
  async function request() {
    await submission.run(async () => {
      onChange(await api<Retainer>(`${base}/overages`, { method: 'POST' }));
      toast(t('billing.retainer.requested'));
    });
  }
  async function end() {
    if (!(await confirm({ title: t('billing.retainer.endConfirm'), danger: true }))) return;
    await submission.run(async () => onChange(await api<Retainer>(`${base}/end`, { method: 'POST' })));
  }
  return (
    <div className="stack">
      <FormAlert error={submission.error} />
      {retainer.abilities.requestOverage ? (
        <p>{t('billing.retainer.unrequested', { hours: hours(unrequested) })}</p>
      ) : null}
      <div className="form-actions">
        {retainer.abilities.requestOverage ? (
          <button type="button" className="btn" disabled={submission.pending} onClick={() => void request()}>
            {t('billing.retainer.request', { hours: hours(unrequested) })}
          </button>
        ) : null}
        {retainer.abilities.update ? (
          <button type="button" className="btn btn--secondary" onClick={onEdit}>
            {t('billing.retainer.edit')}
          </button>
        ) : null}
        {retainer.abilities.end ? (
          <button type="button" className="btn btn--danger" disabled={submission.pending} onClick={() => void end()}>
            {t('billing.retainer.end')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

const fieldError = (field: string, message: string) =>
  new ApiError({ status: 400, code: 'invalid', title: message, fieldErrors: { [field]: message } });

function RetainerForm({
  accountId,
  currency,
  retainer,
  rates,
  onSaved,
}: {
  accountId: string;
  currency: string;
  retainer: Retainer | null;
  rates: TaxRate[];
  onSaved: (retainer: Retainer) => void;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState({
    name: retainer?.name ?? '',
    unit: retainer?.unit ?? 'hours',
    period: retainer?.period ?? 'monthly',
    hours: retainer?.budgetMinutes ? String(retainer.budgetMinutes / 60) : '',
    amount: retainer?.budgetAmount ? formatMinor(retainer.budgetAmount.amount, currency) : '',
    rate: retainer ? formatMinor(retainer.hourlyRate.amount, currency) : '',
    startsOn: retainer?.startsOn ?? today,
  });
  const [taxRateIds, setTaxRateIds] = useState<string[]>(retainer?.taxRateIds ?? []);
  // Live rates to choose from, and any the retainer still names (an archived one is shown so it can be taken off).
  const choices = rates.filter((rate) => !rate.archived || taxRateIds.includes(rate.id));
  const toggle = (id: string, on: boolean) =>
    setTaxRateIds((previous) => (on ? [...previous, id] : previous.filter((other) => other !== id)));
  const submission = useSubmit();
  const toast = useToast();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [key]: event.target.value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const badMoney = t('billing.new.badPrice', { digits: currencyExponent(currency) });
    const rate = parseMinor(form.rate, currency);
    if (rate === null) return submission.setError(fieldError('hourlyRate', badMoney));
    const budgetHours = Number(form.hours.replace(',', '.'));
    const budgetMinutes = form.unit === 'hours' ? Math.round(budgetHours * 60) : null;
    if (form.unit === 'hours' && !(budgetHours > 0))
      return submission.setError(fieldError('budgetMinutes', t('billing.retainer.badHours')));
    const budgetAmount = form.unit === 'money' ? parseMinor(form.amount, currency) : null;
    if (form.unit === 'money' && !budgetAmount) return submission.setError(fieldError('budgetAmount', badMoney));
    await submission.run(async (idempotencyKey) => {
      const saved = retainer
        ? await api<Retainer>(`/accounts/${accountId}/billing-retainers/${retainer.id}`, {
            method: 'PATCH',
            ifMatch: retainer.version,
            body: {
              name: form.name,
              hourlyRate: rate,
              taxRateIds,
              ...(budgetMinutes ? { budgetMinutes } : { budgetAmount }),
            },
          })
        : await api<Retainer>(`/accounts/${accountId}/billing-retainers`, {
            method: 'POST',
            idempotencyKey,
            body: {
              name: form.name,
              unit: form.unit,
              period: form.period,
              budgetMinutes,
              budgetAmount,
              hourlyRate: rate,
              taxRateIds,
              startsOn: form.startsOn,
            },
          });
      toast(t('billing.retainer.saved'));
      onSaved(saved);
    });
  }
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="retainer-form">
      <h3 id="retainer-form" className="h4">
        {retainer ? t('billing.retainer.edit') : t('billing.retainer.create')}
      </h3>
      <FormAlert error={submission.error} fields={FIELDS} />
      <TextField
        label={t('billing.retainer.name')}
        name="name"
        value={form.name}
        onChange={set('name')}
        error={submission.error}
        required
      />
      {retainer ? null : (
        <>
          <SelectField label={t('billing.retainer.unit')} name="unit" value={form.unit} onChange={set('unit')}>
            <option value="hours">{t('billing.retainer.unit.hours')}</option>
            <option value="money">{t('billing.retainer.unit.money')}</option>
          </SelectField>
          <SelectField
            label={t('billing.retainer.periodField')}
            name="period"
            value={form.period}
            onChange={set('period')}
          >
            <option value="monthly">{t('billing.retainer.period.monthly')}</option>
            <option value="prepaid">{t('billing.retainer.period.prepaid')}</option>
          </SelectField>
        </>
      )}
      {form.unit === 'hours' ? (
        <TextField
          label={t('billing.retainer.budgetHours')}
          name="budgetMinutes"
          inputMode="decimal"
          value={form.hours}
          onChange={set('hours')}
          error={submission.error}
        />
      ) : (
        <TextField
          label={t('billing.retainer.budgetAmount', { currency })}
          name="budgetAmount"
          inputMode="decimal"
          value={form.amount}
          onChange={set('amount')}
          error={submission.error}
        />
      )}
      <TextField
        label={t('billing.retainer.rate', { currency })}
        hint={t('billing.retainer.rateHint')}
        name="hourlyRate"
        inputMode="decimal"
        value={form.rate}
        onChange={set('rate')}
        error={submission.error}
      />
      <fieldset>
        <legend>{t('billing.retainer.taxLegend')}</legend>
        <p className="field-hint">{t('billing.retainer.taxHint')}</p>
        {choices.length ? (
          choices.map((rate) => (
            <Checkbox
              key={rate.id}
              label={rateName(rate)}
              name="taxRateIds"
              checked={taxRateIds.includes(rate.id)}
              onChange={(event) => toggle(rate.id, event.target.checked)}
            />
          ))
        ) : (
          <p className="muted">{t('billing.retainer.taxNoRates')}</p>
        )}
        <GroupError error={submission.error} name="taxRateIds" />
      </fieldset>
      {retainer ? null : (
        <TextField
          label={t('billing.retainer.startsOn')}
          name="startsOn"
          type="date"
          value={form.startsOn}
          onChange={set('startsOn')}
          error={submission.error}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('billing.retainer.save')}
        </button>
      </div>
    </form>
  );
}
