import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { BillingProfile, CatalogItem, SubscriptionDetail } from '../../../contract/index.ts';
import { parseMinor } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PageHeader } from '../../ui/common.tsx';
import { AccountSelect, ProfileMissing } from './AccountPicker.tsx';
import { money } from './format.tsx';

interface DraftLine {
  catalogItemId: string;
  description: string;
  quantity: string;
  unitPrice: string;
}
const emptyLine = (): DraftLine => ({ catalogItemId: '', description: '', quantity: '1', unitPrice: '' });
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A new subscription: the account, the interval and term, and its lines (catalogue items or free lines). */
export function NewSubscriptionPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const catalog = useResource<{ items: CatalogItem[] }>('/billing/catalog', { archived: 'false' });
  const [accountId, setAccountId] = useState(params.get('accountId') ?? '');
  const profile = useResource<BillingProfile>(accountId ? `/accounts/${accountId}/billing-profile` : null);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<'month' | 'year' | 'week'>('month');
  const [every, setEvery] = useState('1');
  const [dayOfMonth, setDayOfMonth] = useState('');
  const [startDate, setStartDate] = useState(todayUtc());
  const [endDate, setEndDate] = useState('');
  const [count, setCount] = useState('');
  const [autoSend, setAutoSend] = useState(true);
  const [autoCharge, setAutoCharge] = useState(false);
  const [lines, setLines] = useState<DraftLine[]>([emptyLine()]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const currency = profile.data?.configured ? profile.data.currency : null;
  const setLine = (index: number, change: Partial<DraftLine>) =>
    setLines((previous) => previous.map((line, i) => (i === index ? { ...line, ...change } : line)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!currency) return;
    setBusy(true);
    setError(null);
    try {
      const created = await api<SubscriptionDetail>(`/accounts/${accountId}/billing-subscriptions`, {
        method: 'POST',
        idempotencyKey: true,
        body: {
          name,
          interval: {
            unit,
            every: Number(every),
            dayOfMonth: unit === 'month' && dayOfMonth ? Number(dayOfMonth) : null,
          },
          startDate,
          endDate: endDate || null,
          count: count ? Number(count) : null,
          autoSend,
          autoCharge,
          lines: lines.map((line) =>
            line.catalogItemId
              ? { catalogItemId: line.catalogItemId, quantity: Number(line.quantity) }
              : {
                  description: line.description,
                  quantity: Number(line.quantity),
                  // The server answers a price it cannot read with a field error.
                  unitPrice: parseMinor(line.unitPrice, currency) ?? line.unitPrice,
                },
          ),
        },
      });
      navigate(`/console/billing/subscriptions?accountId=${created.accountId}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const items = catalog.data?.items ?? [];
  const priceIn = (item: CatalogItem) => item.prices.find((price) => price.currency === currency);
  return (
    <>
      <PageHeader title={t('billing.sub.form.title')} />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert
          error={error}
          fields={[
            'name',
            'interval.every',
            'interval.dayOfMonth',
            'startDate',
            'endDate',
            'count',
            'lines',
            ...lines.flatMap((_, i) => [
              `lines.${i}.catalogItemId`,
              `lines.${i}.description`,
              `lines.${i}.quantity`,
              `lines.${i}.unitPrice`,
            ]),
          ]}
        />
        <AccountSelect
          label={t('billing.new.account')}
          value={accountId}
          onChange={setAccountId}
          emptyLabel={t('billing.new.chooseAccount')}
          required
        />
        <ProfileMissing accountId={accountId} profile={profile.data} />
        <TextField
          label={t('billing.sub.form.name')}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
          required
        />
        <SelectField
          label={t('billing.sub.form.unit')}
          name="unit"
          value={unit}
          onChange={(e) => setUnit(e.target.value as typeof unit)}
        >
          {(['month', 'year', 'week'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`billing.sub.form.unit.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('billing.sub.form.every')}
          name="interval.every"
          inputMode="numeric"
          value={every}
          onChange={(e) => setEvery(e.target.value)}
          error={error}
        />
        {unit === 'month' ? (
          <TextField
            label={t('billing.sub.form.day')}
            name="interval.dayOfMonth"
            inputMode="numeric"
            value={dayOfMonth}
            onChange={(e) => setDayOfMonth(e.target.value)}
            error={error}
          />
        ) : null}
        <TextField
          label={t('billing.sub.form.start')}
          name="startDate"
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={error}
          required
        />
        <TextField
          label={t('billing.sub.form.end')}
          name="endDate"
          type="date"
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={error}
        />
        <TextField
          label={t('billing.sub.form.count')}
          name="count"
          inputMode="numeric"
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={error}
        />
        <Checkbox
          label={t('billing.sub.form.autoSend')}
          checked={autoSend}
          onChange={(e) => setAutoSend(e.target.checked)}
        />
        <Checkbox
          label={t('billing.sub.form.autoCharge')}
          checked={autoCharge}
          onChange={(e) => setAutoCharge(e.target.checked)}
        />
        {lines.map((line, index) => (
          <fieldset key={index} className="card stack">
            <legend>{t('billing.new.line', { number: index + 1 })}</legend>
            <SelectField
              label={t('billing.sub.form.item')}
              name={`lines.${index}.catalogItemId`}
              value={line.catalogItemId}
              onChange={(e) => setLine(index, { catalogItemId: e.target.value })}
              error={error}
            >
              <option value="">{t('billing.sub.form.freeLine')}</option>
              {items.map((item) => {
                const price = priceIn(item);
                return (
                  <option key={item.id} value={item.id} disabled={!price}>
                    {price ? `${item.name} (${money(price)})` : item.name}
                  </option>
                );
              })}
            </SelectField>
            {line.catalogItemId ? null : (
              <>
                <TextField
                  label={t('billing.new.description')}
                  name={`lines.${index}.description`}
                  value={line.description}
                  onChange={(e) => setLine(index, { description: e.target.value })}
                  error={error}
                />
                <TextField
                  label={t('billing.new.unitPrice', { currency: currency ?? '' })}
                  name={`lines.${index}.unitPrice`}
                  inputMode="decimal"
                  value={line.unitPrice}
                  onChange={(e) => setLine(index, { unitPrice: e.target.value })}
                  error={error}
                />
              </>
            )}
            <TextField
              label={t('billing.new.quantity')}
              name={`lines.${index}.quantity`}
              inputMode="decimal"
              value={line.quantity}
              onChange={(e) => setLine(index, { quantity: e.target.value })}
              error={error}
            />
          </fieldset>
        ))}
        <p>
          <button type="button" className="btn btn--secondary" onClick={() => setLines([...lines, emptyLine()])}>
            {t('billing.sub.form.addLine')}
          </button>
        </p>
        <p>
          <button type="submit" className="btn" disabled={busy || !currency}>
            {t('billing.sub.form.submit')}
          </button>
        </p>
      </form>
    </>
  );
}
