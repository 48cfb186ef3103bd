import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import type { BillingProfile, NumberSeries, PaymentTerm, TaxRate } from '../../../contract/index.ts';
import { CURRENCIES } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { DefaultTermsSection } from './DefaultTermsForm.tsx';
import { ReminderSettingsSection } from './ReminderSettingsForm.tsx';
import { AccountTime } from './AccountTime.tsx';
import { ConsoleRetainers } from './ConsoleRetainers.tsx';
import { ConsoleSavedCards } from './ConsoleSavedCards.tsx';

/** Tax rates, payment terms and number series (owners and admins change them; agents read). */
export function BillingSettingsPage() {
  const rates = useResource<{ items: TaxRate[] }>('/billing/tax-rates');
  const terms = useResource<{ items: PaymentTerm[] }>('/billing/payment-terms');
  const series = useResource<{ items: NumberSeries[] }>('/billing/number-series');
  const canManage = Boolean(series.data?.items[0]?.abilities.update);
  return (
    <>
      <PageHeader title={t('billing.settings.title')} />
      <section aria-labelledby="tax-title" className="stack">
        <h2 id="tax-title">{t('billing.settings.taxRates')}</h2>
        <ul>
          {rates.data?.items.map((rate) => (
            <li key={rate.id}>
              {rate.name} — {rate.rate} %{rate.inclusive ? ` · ${t('billing.settings.inclusive')}` : ''}
              {rate.compound ? ` · ${t('billing.settings.compound')}` : ''}
            </li>
          ))}
        </ul>
        {canManage ? <TaxRateForm onAdded={rates.reload} /> : null}
      </section>
      <section aria-labelledby="terms-title" className="stack">
        <h2 id="terms-title">{t('billing.settings.terms')}</h2>
        <ul>
          {terms.data?.items.map((term) => (
            <li key={term.id}>
              {term.name} — {term.days}
            </li>
          ))}
        </ul>
        {canManage ? <TermForm onAdded={terms.reload} /> : null}
      </section>
      <section aria-labelledby="series-title" className="stack">
        <h2 id="series-title">{t('billing.settings.series')}</h2>
        <ul>
          {series.data?.items.map((item) => (
            <li key={item.kind}>
              {t(`billing.kind.${item.kind}`)}: {t('billing.settings.next', { example: item.example })}
            </li>
          ))}
        </ul>
      </section>
      <DefaultTermsSection series={series.data?.items ?? []} onSaved={series.reload} />
      <ReminderSettingsSection />
    </>
  );
}

function TaxRateForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [inclusive, setInclusive] = useState(false);
  const [compound, setCompound] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api('/billing/tax-rates', {
        method: 'POST',
        idempotencyKey: true,
        body: { name, rate: Number(rate), inclusive, compound },
      });
      setName('');
      setRate('');
      setError(null);
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} fields={['name', 'rate']} />
      <TextField
        label={t('billing.settings.taxName')}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
      />
      <TextField
        label={t('billing.settings.taxRate')}
        name="rate"
        inputMode="decimal"
        value={rate}
        onChange={(e) => setRate(e.target.value)}
        error={error}
      />
      <Checkbox
        label={t('billing.settings.inclusive')}
        checked={inclusive}
        onChange={(e) => setInclusive(e.target.checked)}
      />
      <Checkbox
        label={t('billing.settings.compound')}
        checked={compound}
        onChange={(e) => setCompound(e.target.checked)}
      />
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('billing.settings.addTax')}
        </button>
      </div>
    </form>
  );
}

function TermForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('30');
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await api('/billing/payment-terms', { method: 'POST', idempotencyKey: true, body: { name, days: Number(days) } });
      setName('');
      setError(null);
      onAdded();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert error={error} fields={['name', 'days']} />
      <TextField
        label={t('billing.settings.termName')}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
      />
      <TextField
        label={t('billing.settings.termDays')}
        name="days"
        inputMode="numeric"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('billing.settings.addTerm')}
        </button>
      </div>
    </form>
  );
}

/** An account's billing profile: legal name, address, tax id, contacts, currency, payment terms. */
export function BillingProfilePage() {
  const { accountId } = useParams();
  const toast = useToast();
  const profile = useResource<BillingProfile>(`/accounts/${accountId}/billing-profile`);
  const terms = useResource<{ items: PaymentTerm[] }>('/billing/payment-terms');
  const [form, setForm] = useState({ legalName: '', address: '', taxId: '', contacts: '', currency: 'EUR', terms: '' });
  const [autoApplyCredit, setAutoApplyCredit] = useState(false);
  const [autoCharge, setAutoCharge] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data = profile.data;
  useEffect(() => {
    if (data)
      setForm({
        legalName: data.legalName,
        address: data.address,
        taxId: data.taxId,
        contacts: data.contacts.join(', '),
        currency: data.currency,
        terms: data.paymentTermsId ?? '',
      });
    if (data) setAutoApplyCredit(data.autoApplyCredit);
    if (data) setAutoCharge(data.autoCharge);
  }, [data]);
  if (profile.error) return <ErrorState error={profile.error} onRetry={profile.reload} />;
  if (!data) return <Loading />;
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await api<BillingProfile>(`/accounts/${accountId}/billing-profile`, {
        method: 'PUT',
        ifMatch: data!.configured ? data!.version : undefined,
        body: {
          legalName: form.legalName,
          address: form.address,
          taxId: form.taxId,
          contacts: form.contacts
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
          currency: form.currency,
          paymentTermsId: form.terms || null,
          autoApplyCredit,
          autoCharge,
        },
      });
      profile.setData(saved);
      setError(null);
      toast(t('billing.settings.saved'));
    } catch (caught) {
      setError(caught);
    }
  }
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [key]: event.target.value }));
  return (
    <>
      <PageHeader title={t('billing.profile.title')} />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert error={error} fields={['legalName', 'address', 'taxId', 'contacts', 'currency', 'paymentTermsId']} />
        <TextField
          label={t('billing.profile.legalName')}
          name="legalName"
          value={form.legalName}
          onChange={set('legalName')}
          error={error}
        />
        <TextField
          label={t('billing.profile.address')}
          name="address"
          value={form.address}
          onChange={set('address')}
          error={error}
        />
        <TextField
          label={t('billing.profile.taxId')}
          name="taxId"
          value={form.taxId}
          onChange={set('taxId')}
          error={error}
        />
        <TextField
          label={t('billing.profile.contacts')}
          name="contacts"
          value={form.contacts}
          onChange={set('contacts')}
          error={error}
        />
        <SelectField
          label={t('billing.profile.currency')}
          name="currency"
          value={form.currency}
          onChange={set('currency')}
        >
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('billing.profile.terms')}
          name="paymentTermsId"
          value={form.terms}
          onChange={set('terms')}
        >
          <option value="">—</option>
          {terms.data?.items.map((term) => (
            <option key={term.id} value={term.id}>
              {term.name}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t('billing.credit.autoApply')}
          checked={autoApplyCredit}
          onChange={(event) => setAutoApplyCredit(event.target.checked)}
        />
        <Checkbox
          label={t('billing.profile.autoCharge')}
          checked={autoCharge}
          onChange={(event) => setAutoCharge(event.target.checked)}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={!data.abilities.update}>
            {t('billing.profile.save')}
          </button>
        </div>
      </form>
      <ConsoleSavedCards accountId={accountId!} />
      <ConsoleRetainers accountId={accountId!} currency={data.configured ? data.currency : null} />
      <AccountTime accountId={accountId!} subject={{ kind: 'account' }} />
    </>
  );
}
