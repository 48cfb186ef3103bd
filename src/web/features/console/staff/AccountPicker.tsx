import { useId, useState } from 'react';
import type { Account } from '../../../../contract/index.ts';
import { useResource, type Page } from '../../../api/hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useDebounced } from '../../../ui/useDebounced.ts';

export interface PickedAccount {
  id: string;
  name: string;
}

interface AccountPickerProps {
  value: PickedAccount[];
  onChange: (value: PickedAccount[]) => void;
  disabled?: boolean;
}

/** Searchable multi-select of accounts, backed by the accounts list API. */
export function AccountPicker({ value, onChange, disabled }: AccountPickerProps) {
  const id = `picker-${useId().replace(/:/g, '')}`;
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const results = useResource<Page<Account>>(disabled ? null : '/accounts', { q: query, limit: 10, sort: 'name' });
  const chosen = new Set(value.map((account) => account.id));
  const options = (results.data?.items ?? []).filter((account) => !chosen.has(account.id));

  return (
    <div className="account-picker">
      <h3 id={`${id}-selected`}>{t('staff.assigned.title', { count: value.length })}</h3>
      {value.length ? (
        <ul className="chips" aria-labelledby={`${id}-selected`}>
          {value.map((account) => (
            <li key={account.id} className="chip">
              <span>{account.name}</span>
              <button
                type="button"
                className="btn-link"
                disabled={disabled}
                aria-label={t('staff.assigned.remove', { name: account.name })}
                onClick={() => onChange(value.filter((item) => item.id !== account.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('staff.assigned.none')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('accounts.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={q}
          disabled={disabled}
          aria-controls={`${id}-results`}
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      <p className="sr-only" role="status">
        {results.loading ? '' : t('staff.assigned.results', { count: options.length })}
      </p>
      <ul id={`${id}-results`} className="picker-results">
        {options.map((account) => (
          <li key={account.id}>
            <span>{account.name}</span>
            <button
              type="button"
              className="btn btn--small btn--secondary"
              disabled={disabled}
              aria-label={t('staff.assigned.add', { name: account.name })}
              onClick={() => onChange([...value, { id: account.id, name: account.name }])}
            >
              {t('staff.assigned.addShort')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
