import { Link } from 'react-router-dom';
import type { Obligation } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { formatDate, formatDateTime, t, type MessageKey } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { PagedFooter } from '../../ui/PagedTable.tsx';

const KINDS: Record<string, MessageKey> = {
  ticket: 'obligations.kind.ticket',
  task: 'obligations.kind.task',
  deliverable: 'obligations.kind.deliverable',
  file_request: 'obligations.kind.file_request',
  invoice: 'obligations.kind.invoice',
  approval: 'obligations.kind.approval',
  form: 'obligations.kind.form',
};

/** A kind from a module added later still shows: its own name, until the catalog has a label for it. */
const kindLabel = (kind: string) => (KINDS[kind] ? t(KINDS[kind]) : kind.replace(/_/g, ' '));

/** An all-day item is that calendar day whatever the viewer's zone; a timed one is shown in the viewer's zone. */
function dueText(item: Obligation) {
  if (item.dueDate) return t('obligations.due', { date: formatDate(`${item.dueDate}T00:00:00Z`, { timeZone: 'UTC' }) });
  if (item.dueAt) return t('obligations.due', { date: formatDateTime(item.dueAt) });
  return t('obligations.noDueDate');
}

/**
 * One cursor-paged list of obligations in the server's order (overdue first). `showAccount`: across accounts
 * ("waiting on us"), each item names its account.
 */
export function ObligationList({ path, showAccount = false }: { path: string; showAccount?: boolean }) {
  const list = usePagedList<Obligation>(path);
  return (
    <>
      {list.items.length ? (
        <ul className="obligation-list">
          {list.items.map((item) => (
            <li
              key={`${item.kind}-${item.id}`}
              className={item.overdue ? 'obligation obligation--overdue' : 'obligation'}
            >
              <Link to={item.link} className="obligation__title">
                {item.title}
              </Link>
              <span className="obligation__meta">
                <Badge>{kindLabel(item.kind)}</Badge>
                {item.overdue ? <Badge tone="warning">{t('obligations.overdue')}</Badge> : null}
                <span>{dueText(item)}</span>
                {item.owner ? <span>{t('obligations.owner', { name: item.owner.name })}</span> : null}
                {showAccount ? <span className="obligation__account">{item.accountName}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <PagedFooter list={list} empty={<p className="muted">{t('obligations.empty')}</p>} />
    </>
  );
}
