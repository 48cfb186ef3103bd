import { useState, type FormEvent } from 'react';
import type { CatalogItem } from '../../../contract/index.ts';
import { CURRENCIES, parseMinor } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { money } from './format.tsx';
import { intervalOf } from './RecurringFormat.tsx';

/** The catalogue of products and services: staff read it, admins add and archive items. */
export function RecurringCatalogPage() {
  const catalog = useResource<{ items: CatalogItem[] }>('/billing/catalog', { archived: 'false' });
  const [error, setError] = useState<unknown>(null);
  if (catalog.error) return <ErrorState error={catalog.error} onRetry={catalog.reload} />;
  if (!catalog.data) return <Loading />;
  const items = catalog.data.items;

  async function archive(item: CatalogItem) {
    setError(null);
    try {
      await api(`/billing/catalog/${item.id}`, { method: 'PATCH', body: { archived: true } });
      catalog.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <PageHeader title={t('billing.catalog.title')} />
      <FormAlert error={error} />
      {items.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('billing.catalog.caption')}>
          <table>
            <caption className="sr-only">{t('billing.catalog.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('billing.catalog.name')}</th>
                <th scope="col">{t('billing.catalog.col.prices')}</th>
                <th scope="col">{t('billing.catalog.col.kind')}</th>
                <th scope="col">{t('billing.sub.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.name}
                    {item.description ? <div className="muted">{item.description}</div> : null}
                  </td>
                  <td>{item.prices.map(money).join(' · ')}</td>
                  <td>
                    {item.interval
                      ? intervalOf({ interval: { ...item.interval, dayOfMonth: null } })
                      : t('billing.catalog.oneOff')}
                  </td>
                  <td>
                    {item.abilities.archive ? (
                      <button type="button" className="btn btn--secondary" onClick={() => void archive(item)}>
                        {t('billing.catalog.archive')}
                        <span className="sr-only"> {item.name}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={t('billing.catalog.empty')} />
      )}
      <NewCatalogItemForm onCreated={catalog.reload} />
    </>
  );
}

function NewCatalogItemForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [price, setPrice] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api('/billing/catalog', {
        method: 'POST',
        idempotencyKey: true,
        body: {
          name,
          description,
          prices: [{ currency, amount: parseMinor(price, currency) ?? price }],
          kind: unit ? 'recurring' : 'one_off',
          interval: unit ? { unit, every: 1 } : null,
        },
      });
      setName('');
      setDescription('');
      setPrice('');
      onCreated();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('billing.catalog.new')}</h2>
      <FormAlert error={error} fields={['name', 'description', 'prices.0.amount']} />
      <TextField
        label={t('billing.catalog.name')}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
        required
      />
      <TextField
        label={t('billing.catalog.description')}
        name="description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={error}
      />
      <SelectField
        label={t('billing.catalog.currency')}
        name="currency"
        value={currency}
        onChange={(e) => setCurrency(e.target.value)}
      >
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('billing.catalog.price')}
        name="prices.0.amount"
        inputMode="decimal"
        value={price}
        onChange={(e) => setPrice(e.target.value)}
        error={error}
      />
      <SelectField
        label={t('billing.catalog.recurring')}
        name="unit"
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
      >
        <option value="">{t('billing.catalog.oneOff')}</option>
        {(['month', 'year', 'week'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`billing.sub.form.unit.${value}`)}
          </option>
        ))}
      </SelectField>
      <p>
        <button type="submit" className="btn">
          {t('billing.catalog.add')}
        </button>
      </p>
    </form>
  );
}
