import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { AccountListQuery } from '../../../../contract/index.ts';
import { API_BASE, withQuery } from '../../../api/client.ts';
import { useApiPages } from '../../../api/typed-hooks.ts';
import { formatDate, formatNumber, t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { EmptyState, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';
import { useDebounced } from '../../../ui/useDebounced.ts';
import { useSegmentOptions } from '../segments/useSegments.ts';

type Sort = AccountListQuery['sort'];
const SORTS: Sort[] = ['name', '-name', 'createdAt', '-createdAt'];

/** Console accounts list: search, filter by segment, sort, load more. Filters live in the URL. */
export function AccountsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const segmentId = params.get('segmentId') ?? '';
  const sort = (SORTS.includes(params.get('sort') as Sort) ? params.get('sort') : 'name') as Sort;
  const query = useDebounced(q.trim());
  const { segments } = useSegmentOptions();
  const list = useApiPages('/api/v1/accounts', { query: { q: query, segmentId, sort, limit: 50 } });
  // The exports take the list's filters (every matching row, streamed; not only the loaded pages).
  const exportFilters = { q: query, segmentId };

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        actions={
          <>
            <a
              className="btn btn--secondary"
              href={withQuery(`${API_BASE}/accounts/export.csv`, exportFilters)}
              download
            >
              {t('accounts.exportCsv')}
            </a>
            <a
              className="btn btn--secondary"
              href={withQuery(`${API_BASE}/accounts/people/export.csv`, exportFilters)}
              download
            >
              {t('accounts.exportPeopleCsv')}
            </a>
            {me.abilities.createAccounts ? (
              <Link to="/console/accounts/import" className="btn btn--secondary">
                {t('imports.open')}
              </Link>
            ) : null}
            {me.abilities.createAccounts ? (
              <Link to="/console/accounts/new" className="btn">
                {t('accounts.create')}
              </Link>
            ) : null}
          </>
        }
      />
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t('accounts.search')}
          name="q"
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
            setParam('q', event.target.value.trim());
          }}
        />
        {segments.length ? (
          <SelectField
            label={t('accounts.filterSegment')}
            name="segmentId"
            value={segmentId}
            onChange={(event) => setParam('segmentId', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t('accounts.sort')}
          name="sort"
          value={sort}
          onChange={(event) => setParam('sort', event.target.value)}
        >
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`accounts.sort.${value}`)}
            </option>
          ))}
        </SelectField>
      </form>
      <PagedTable
        list={list}
        caption={t('accounts.title')}
        rowKey={(account) => account.id}
        empty={<EmptyState title={t('accounts.empty')} />}
        columns={[
          {
            header: t('accounts.col.name'),
            cell: (account) => <Link to={`/console/accounts/${account.id}`}>{account.name}</Link>,
          },
          { header: t('accounts.col.segment'), cell: (account) => account.segment.name },
          {
            header: t('accounts.col.members'),
            className: 'num',
            cell: (account) => formatNumber(account.memberCount),
          },
          { header: t('accounts.col.created'), cell: (account) => formatDate(account.createdAt) },
        ]}
      />
    </>
  );
}
